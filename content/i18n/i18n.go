// Package i18n holds every user-facing string of footprint in English and
// Simplified Chinese. Strings live in locales/<lang>/<area>.json, one flat
// key → text map per area, so each capability owns its own file.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Lang is a UI language.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Langs lists the supported languages in menu order.
var Langs = []Lang{English, Chinese}

// ParseLang accepts "en" or "zh" (and a few spellings people type).
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en", "english":
		return English, true
	case "zh", "zh-cn", "zh_cn", "chinese", "中文", "cn":
		return Chinese, true
	}
	return "", false
}

// FromLocale picks a language from a POSIX locale value such as
// "zh_CN.UTF-8": zh_* gives Chinese, anything else English.
func FromLocale(locale string) (Lang, bool) {
	l := strings.ToLower(locale)
	if l == "" || l == "c" || l == "posix" {
		return "", false
	}
	if strings.HasPrefix(l, "zh") {
		return Chinese, true
	}
	return English, true
}

// Native is the language's own name, for menus.
func (l Lang) Native() string {
	if l == Chinese {
		return "中文"
	}
	return "English"
}

//go:embed locales
var files embed.FS

type catalogue map[Lang]map[string]string

var (
	loadOnce sync.Once
	loaded   catalogue
	loadErr  error
)

func load() (catalogue, error) {
	loadOnce.Do(func() { loaded, loadErr = parse(files) })
	return loaded, loadErr
}

// parse reads locales/<lang>/*.json. A key defined twice is an error.
func parse(fsys fs.FS) (catalogue, error) {
	c := catalogue{}
	for _, lang := range Langs {
		m := map[string]string{}
		dir := path.Join("locales", string(lang))
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			return nil, fmt.Errorf("i18n: read %s: %w", dir, err)
		}
		for _, e := range entries {
			if e.IsDir() || path.Ext(e.Name()) != ".json" {
				continue
			}
			p := path.Join(dir, e.Name())
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				return nil, fmt.Errorf("i18n: %s: %w", p, err)
			}
			var area map[string]string
			if err := json.Unmarshal(b, &area); err != nil {
				return nil, fmt.Errorf("i18n: %s: %w", p, err)
			}
			for k, v := range area {
				if _, dup := m[k]; dup {
					return nil, fmt.Errorf("i18n: %s: key %q is defined twice", p, k)
				}
				m[k] = v
			}
		}
		c[lang] = m
	}
	return c, nil
}

// Must panics when the embedded catalogue does not parse; the tests make
// sure it always does, so main calls it once at start-up.
func Must() {
	if _, err := load(); err != nil {
		panic(err)
	}
}

// T returns the text for key in lang, formatted with args. A missing key
// shows the key itself, so a gap is visible instead of blank; the tests
// make sure there are none.
func T(lang Lang, key string, args ...any) string {
	c, err := load()
	if err != nil {
		return key
	}
	s, ok := c[lang][key]
	if !ok {
		s, ok = c[English][key]
		if !ok {
			return key
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether key exists in lang.
func Has(lang Lang, key string) bool {
	c, err := load()
	if err != nil {
		return false
	}
	_, ok := c[lang][key]
	return ok
}

// Keys returns every key of lang, sorted.
func Keys(lang Lang) []string {
	c, _ := load()
	keys := make([]string, 0, len(c[lang]))
	for k := range c[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Translator binds a language, so screens can write tr.T("home.title").
type Translator struct{ Lang Lang }

// T translates key in the bound language.
func (t Translator) T(key string, args ...any) string { return T(t.Lang, key, args...) }
