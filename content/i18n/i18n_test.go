package i18n

import (
	"regexp"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[vTtbcdoOqxXUeEfFgGsp%]`)

func TestCatalogueParses(t *testing.T) {
	if _, err := parse(files); err != nil {
		t.Fatal(err)
	}
}

// Every key exists in both languages, and both texts take the same
// format arguments, so no screen shows a raw key or a %!s(MISSING).
func TestEveryKeyInBothLanguages(t *testing.T) {
	c, err := parse(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(c[English]) == 0 {
		t.Fatal("the English catalogue is empty")
	}
	for _, a := range Langs {
		for _, b := range Langs {
			for k := range c[a] {
				if _, ok := c[b][k]; !ok {
					t.Errorf("key %q is in %s but missing from %s", k, a, b)
				}
			}
		}
	}
	for k, en := range c[English] {
		zh, ok := c[Chinese][k]
		if !ok {
			continue
		}
		if ve, vz := len(verb.FindAllString(en, -1)), len(verb.FindAllString(zh, -1)); ve != vz {
			t.Errorf("key %q: English has %d format verbs, Chinese %d", k, ve, vz)
		}
		if zh == "" || en == "" {
			t.Errorf("key %q is empty in one language", k)
		}
	}
}

func TestParseLangAndLocale(t *testing.T) {
	for in, want := range map[string]Lang{"en": English, "zh": Chinese, "ZH": Chinese, "中文": Chinese} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("ParseLang(fr) accepted")
	}
	for in, want := range map[string]Lang{"zh_CN.UTF-8": Chinese, "zh_TW": Chinese, "en_US.UTF-8": English, "de_DE": English} {
		if got, ok := FromLocale(in); !ok || got != want {
			t.Errorf("FromLocale(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := FromLocale("C"); ok {
		t.Error("FromLocale(C) picked a language")
	}
}

func TestTFallsBackAndFormats(t *testing.T) {
	if got := T(English, "no.such.key"); got != "no.such.key" {
		t.Errorf("missing key shows %q", got)
	}
}
