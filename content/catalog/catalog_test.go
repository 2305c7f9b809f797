package catalog_test

import (
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
)

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	hostPattern = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`)
	facts       = []string{"domains", "holds", "real_name_required", "second_factors", "sms_recovery",
		"deletion.url", "deletion.path", "deletion.difficulty"}
	sourceIDs = []string{catalog.SourceJustDeleteMe, catalog.Source2FA, catalog.SourceCN, catalog.SourceEstimate, catalog.SourceFootprint}
)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// known reports whether fact carries an actual answer, so a flag or a
// source on it means something.
func known(e catalog.Entry, fact string) bool {
	switch fact {
	case "domains":
		return len(e.Domains) > 0
	case "holds":
		return len(e.Holds) > 0
	case "real_name_required":
		return e.RealNameRequired != "unknown"
	case "second_factors":
		return e.SecondFactors[0] != "unknown"
	case "sms_recovery":
		return e.SMSRecovery != "unknown"
	case "deletion.url":
		return e.Deletion.URL != ""
	case "deletion.path":
		return e.Deletion.Path != ""
	case "deletion.difficulty":
		return e.Deletion.Difficulty != "unknown"
	}
	return false
}

func TestEveryEntryIsValid(t *testing.T) {
	all := catalog.All()
	seen := map[string]bool{}
	for _, e := range all {
		bad := func(format string, args ...any) {
			t.Helper()
			t.Errorf("%s: "+format, append([]any{e.ID}, args...)...)
		}
		if !idPattern.MatchString(e.ID) {
			bad("id is not lowercase a-z0-9 with hyphens")
		}
		if seen[e.ID] {
			bad("duplicate id")
		}
		seen[e.ID] = true
		if strings.TrimSpace(e.Name) == "" || strings.TrimSpace(e.NameZh) == "" {
			bad("both names are required: %q / %q", e.Name, e.NameZh)
		}
		if hasHan(e.NameZh) {
			if e.Pinyin == "" || e.PinyinInitials == "" {
				bad("Chinese name %q has no pinyin", e.NameZh)
			}
			if e.Pinyin != "" && e.PinyinInitials != "" && (len(e.PinyinInitials) > len(e.Pinyin) || e.PinyinInitials[0] != e.Pinyin[0]) {
				bad("initials %q do not fit pinyin %q", e.PinyinInitials, e.Pinyin)
			}
		}
		for _, p := range []string{e.Pinyin, e.PinyinInitials} {
			if strings.Trim(p, "abcdefghijklmnopqrstuvwxyz") != "" {
				bad("pinyin %q is not plain lowercase letters", p)
			}
		}
		if !catalog.ValidCategory(e.Category) {
			bad("unknown category %q", e.Category)
		}
		if len(e.Regions) == 0 {
			bad("no region")
		}
		for _, r := range e.Regions {
			if !slices.Contains(catalog.Regions, r) {
				bad("unknown region %q", r)
			}
		}
		for _, d := range e.Domains {
			if !hostPattern.MatchString(d) {
				bad("domain %q is not a host name", d)
			}
		}
		if len(e.Holds) == 0 {
			bad("holds no data kinds")
		}
		for _, k := range e.Holds {
			if _, ok := checks.ParseDataKind(k); !ok {
				bad("unknown data kind %q", k)
			}
		}
		if len(slices.Compact(slices.Sorted(slices.Values(e.Holds)))) != len(e.Holds) {
			bad("a data kind is listed twice")
		}
		if e.Sources["holds"] == "" {
			bad("holds has no source: an estimate must say so")
		}
		if !slices.Contains(catalog.RealNames, e.RealNameRequired) {
			bad("real_name_required %q", e.RealNameRequired)
		}
		if !slices.Contains(catalog.Answers, e.SMSRecovery) {
			bad("sms_recovery %q", e.SMSRecovery)
		}
		checkFactors(t, e)
		if !slices.Contains(catalog.Difficulties, e.Deletion.Difficulty) {
			bad("deletion difficulty %q", e.Deletion.Difficulty)
		}
		if e.Deletion.URL != "" {
			u, err := url.Parse(e.Deletion.URL)
			if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(e.Deletion.URL, " \t\n") {
				bad("deletion URL %q is not a well-formed https URL", e.Deletion.URL)
			}
		}
		if (e.NoteEn == "") != (e.NoteZh == "") {
			bad("a note must exist in both languages or neither")
		}
		for _, f := range e.Unverified {
			if !slices.Contains(facts, f) {
				bad("unverified names unknown fact %q", f)
			} else if !known(e, f) {
				bad("fact %q is flagged unverified but has no value", f)
			}
			if e.Sources[f] == "" {
				bad("unverified fact %q has no source", f)
			}
		}
		for f, s := range e.Sources {
			if !slices.Contains(facts, f) || !slices.Contains(sourceIDs, s) {
				bad("source %q → %q is not in the vocabulary", f, s)
			}
			if !known(e, f) {
				bad("fact %q has a source but no value", f)
			}
		}
		for _, f := range facts {
			if known(e, f) && e.Sources[f] == "" {
				bad("fact %q has a value but no source", f)
			}
		}
	}
	if len(all) < 200 {
		t.Errorf("catalogue has %d entries, want at least 200", len(all))
	}
	cn := 0
	for _, e := range all {
		if e.HasRegion("cn") {
			cn++
		}
	}
	if cn < 60 {
		t.Errorf("catalogue has %d Chinese services, want at least 60", cn)
	}
}

func checkFactors(t *testing.T, e catalog.Entry) {
	t.Helper()
	if len(e.SecondFactors) == 0 {
		t.Errorf("%s: second_factors is empty; say none or unknown", e.ID)
		return
	}
	for _, f := range e.SecondFactors {
		if !slices.Contains(catalog.Factors, f) {
			t.Errorf("%s: unknown factor %q", e.ID, f)
		}
		if (f == "none" || f == "unknown") && len(e.SecondFactors) != 1 {
			t.Errorf("%s: %q must stand alone", e.ID, f)
		}
	}
	if len(slices.Compact(slices.Sorted(slices.Values(e.SecondFactors)))) != len(e.SecondFactors) {
		t.Errorf("%s: a factor is listed twice", e.ID)
	}
}

// Every category is used, so the filter never offers an empty shelf.
func TestEveryCategoryIsUsed(t *testing.T) {
	used := map[string]int{}
	for _, e := range catalog.All() {
		used[e.Category]++
	}
	for _, c := range catalog.Categories() {
		if used[c] == 0 {
			t.Errorf("category %q has no service", c)
		}
	}
}

func TestAllIsSortedAndByIDFindsEach(t *testing.T) {
	all := catalog.All()
	if !slices.IsSortedFunc(all, func(a, b catalog.Entry) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("All is not sorted by id")
	}
	for _, e := range all {
		got, ok := catalog.ByID(e.ID)
		if !ok || got.ID != e.ID {
			t.Errorf("ByID(%q) = %q, %v", e.ID, got.ID, ok)
		}
	}
	if _, ok := catalog.ByID("no-such-service"); ok {
		t.Error("ByID found a service that does not exist")
	}
	all[0].ID = "changed"
	if catalog.All()[0].ID == "changed" {
		t.Error("All hands out the catalogue's own slice")
	}
}

func TestPopularListsHaveThirtyValidIDs(t *testing.T) {
	for _, region := range catalog.Regions {
		list := catalog.Popular(region, 30)
		if len(list) != 30 {
			t.Errorf("Popular(%q, 30) has %d entries", region, len(list))
		}
		seen := map[string]bool{}
		for _, e := range list {
			if seen[e.ID] {
				t.Errorf("Popular(%q) lists %q twice", region, e.ID)
			}
			seen[e.ID] = true
			if region == "cn" && !e.HasRegion("cn") {
				t.Errorf("Popular(cn) lists %q, which is not a Chinese service", e.ID)
			}
		}
		if got := catalog.Popular(region, 3); len(got) != 3 || got[0].ID != list[0].ID {
			t.Errorf("Popular(%q, 3) is not the head of the list", region)
		}
	}
	if catalog.Popular("cn", 1)[0].ID != "wechat" {
		t.Error("WeChat should head the Chinese checklist")
	}
	if got := catalog.Popular("mars", 5); len(got) != 5 || got[0].ID != catalog.Popular("global", 1)[0].ID {
		t.Error("an unknown region should fall back to the global list")
	}
}

// The display words for every closed vocabulary exist in both languages.
func TestVocabularyHasDisplayNames(t *testing.T) {
	keys := []string{"catalog.unverified", "catalog.estimate"}
	for _, c := range catalog.Categories() {
		keys = append(keys, "catalog.category."+c)
	}
	for _, d := range catalog.Difficulties {
		keys = append(keys, "catalog.difficulty."+d)
	}
	for _, f := range catalog.Factors {
		keys = append(keys, "catalog.factor."+f)
	}
	for _, a := range catalog.RealNames {
		keys = append(keys, "catalog.answer."+a)
	}
	for _, r := range catalog.Regions {
		keys = append(keys, "catalog.region."+r)
	}
	for _, s := range sourceIDs {
		keys = append(keys, "catalog.source."+s)
	}
	for _, k := range keys {
		for _, lang := range i18n.Langs {
			if !i18n.Has(lang, k) {
				t.Errorf("%s is missing in %s", k, lang)
			}
		}
	}
}

// `footprint catalog list --json` prints entries as they are; its
// documented field names must not drift.
func TestJSONFieldNames(t *testing.T) {
	e, _ := catalog.ByID("wechat")
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "name", "name_zh", "category", "regions", "holds", "second_factors",
		"deletion", "real_name_required", "sms_recovery", "domains", "unverified", "sources"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON has no %q field", k)
		}
	}
	del, _ := m["deletion"].(map[string]any)
	for _, k := range []string{"url", "difficulty", "path"} {
		if _, ok := del[k]; !ok {
			t.Errorf("deletion has no %q field", k)
		}
	}
}

// A fact the Chinese data marks unverified must not look certain: spot
// checks on records whose markers are known.
func TestUnverifiedFactsStayFlagged(t *testing.T) {
	wechat, _ := catalog.ByID("wechat")
	for _, f := range []string{"holds", "second_factors", "deletion.url"} {
		if !wechat.IsUnverified(f) {
			t.Errorf("wechat: %s should be flagged unverified", f)
		}
	}
	if wechat.IsUnverified("deletion.path") || wechat.Deletion.Path == "" {
		t.Error("wechat: the deletion path is sourced by a newspaper and should ship as checked")
	}
	icbc, _ := catalog.ByID("icbc")
	if icbc.SMSRecovery != "unknown" || icbc.SecondFactors[0] != "unknown" || icbc.Deletion.Difficulty != "unknown" {
		t.Error("icbc: facts nobody sourced must stay unknown")
	}
	spotify, _ := catalog.ByID("spotify")
	if !spotify.Estimated("holds") || spotify.Estimated("second_factors") {
		t.Error("spotify: holds is footprint's estimate, the factors come from the 2FA directory")
	}
}

func TestNoticesMatchTheRootFileAndCarryBothLicences(t *testing.T) {
	root, err := os.ReadFile("../../THIRD_PARTY_NOTICES")
	if err != nil {
		t.Fatal(err)
	}
	got := catalog.Notices()
	if got != string(root) {
		t.Error("content/catalog/THIRD_PARTY_NOTICES differs from the repository root's; rerun go run ./tools/gencatalog")
	}
	for _, want := range []string{
		"Copyright (c) 2013-2020 Robb Lewis, The JDM Contrib Team, & various contributors",
		"jdm-contrib/jdm 4762ba504d847e3f494177dc4d92641b292cd56d",
		"Copyright © 2021 [2factorauth](https://github.com/2factorauth) and Contributors.",
		"Copyright (c) 2014-2020 Josh Davis",
		"2factorauth/twofactorauth f3ac2ab71c6fe4857a4ad1ef039d2a4eaf1a342c",
		"THE SOFTWARE IS PROVIDED \"AS IS\"",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("notices lack %q", want)
		}
	}
}
