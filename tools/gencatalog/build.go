package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/footprint-audit/footprint/checks"
	"github.com/footprint-audit/footprint/content/catalog"
)

const unknown = "unknown"

// draft collects an entry and the provenance of its facts.
type draft struct {
	catalog.Entry
}

func (d *draft) set(fact, source string, unverified bool) {
	if d.Sources == nil {
		d.Sources = map[string]string{}
	}
	d.Sources[fact] = source
	if unverified && !slices.Contains(d.Unverified, fact) {
		d.Unverified = append(d.Unverified, fact)
	}
}

func newDraft(id, name, nameZh, pinyin, category string, regions []string) *draft {
	full, initials := pinyinKeys(pinyin)
	return &draft{catalog.Entry{
		ID: id, Name: name, NameZh: nameZh, Pinyin: full, PinyinInitials: initials,
		Category: category, Regions: regions, RealNameRequired: unknown,
		SecondFactors: []string{unknown}, SMSRecovery: unknown,
		Deletion: catalog.Deletion{Difficulty: unknown},
	}}
}

func buildGlobal(src *sources, l globalLine) catalog.Entry {
	d := newDraft(l.id, l.name, l.nameZh, l.pinyin, l.category, []string{"global"})
	d.Domains = l.domains
	if len(d.Domains) > 0 {
		d.set("domains", catalog.SourceFootprint, false)
	}
	d.NoteEn, d.NoteZh = l.noteEn, l.noteZh
	d.Holds = l.holds
	if d.Holds == nil {
		d.Holds = defaultHolds[l.category]
	}
	d.set("holds", catalog.SourceEstimate, false)
	if rn, ok := defaultRealName[l.category]; ok {
		d.RealNameRequired = rn
		d.set("real_name_required", catalog.SourceEstimate, false)
	}
	fillFromOpenData(src, d, false)
	return d.finish()
}

// fillFromOpenData adds JustDeleteMe's deletion facts and the 2FA
// directory's factors where the entry does not know them yet.
func fillFromOpenData(src *sources, d *draft, onlyUnknown bool) {
	if site, ok := src.findJDM(d.ID, d.Name, d.Domains); ok {
		logf("%-24s jdm %q\n", d.ID, site.Name)
		if !onlyUnknown || d.Deletion.Difficulty == unknown {
			if diff, ok := jdmDifficulty[site.Difficulty]; ok {
				d.Deletion.Difficulty = diff
				d.set("deletion.difficulty", catalog.SourceJustDeleteMe, false)
			}
		}
		if !onlyUnknown || d.Deletion.URL == "" {
			if u := cleanURL(site.URL); u != "" {
				d.Deletion.URL = u
				d.set("deletion.url", catalog.SourceJustDeleteMe, false)
			}
		}
	}
	if k, e, ok := src.findTFA(d.ID, d.Name, d.Domains); ok && (!onlyUnknown || d.SecondFactors[0] == unknown) {
		logf("%-24s 2fa %q\n", d.ID, k)
		var fs []string
		for _, m := range e.TFA {
			if f, ok := tfaFactor[m]; ok && !slices.Contains(fs, f) {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			fs = []string{"none"}
		}
		d.SecondFactors = fs
		d.set("second_factors", catalog.Source2FA, false)
	}
}

func buildCN(src *sources, l cnLine) (catalog.Entry, error) {
	c, ok := src.cn[l.cnID]
	if !ok {
		return catalog.Entry{}, fmt.Errorf("cn.txt: %q is not in cn-services.json", l.cnID)
	}
	d := newDraft(l.id, c.NameEn, c.NameZh, l.pinyin, l.category, l.regions)
	d.NoteEn, d.NoteZh = l.noteEn, l.noteZh

	var domains []string
	if json.Unmarshal(c.Domains.Value, &domains) == nil && len(domains) > 0 {
		d.Domains = domains
		d.set("domains", catalog.SourceCN, c.Domains.unverified())
	}

	var kinds []string
	if json.Unmarshal(c.Kinds.Value, &kinds) == nil && len(kinds) > 0 {
		d.Holds = kinds
		d.set("holds", catalog.SourceCN, c.Kinds.unverified())
	}
	var face struct{ Used string }
	if json.Unmarshal(c.Face.Value, &face) == nil && face.Used == "yes" && !slices.Contains(d.Holds, "face") {
		d.Holds = append(d.Holds, "face")
		d.set("holds", catalog.SourceCN, c.Face.unverified() || c.Kinds.unverified())
	}

	var rn struct{ Required string }
	if json.Unmarshal(c.RealName.Value, &rn) == nil && rn.Required != "" {
		if v := realName(rn.Required); v != unknown {
			d.RealNameRequired = v
			d.set("real_name_required", catalog.SourceCN, c.RealName.unverified())
		}
	}

	var factors []string
	if json.Unmarshal(c.Factors.Value, &factors) == nil {
		var fs []string
		for _, f := range factors {
			if m, ok := cnFactor[f]; ok && !slices.Contains(fs, m) {
				fs = append(fs, m)
			}
		}
		if len(fs) > 0 {
			d.SecondFactors = fs
			d.set("second_factors", catalog.SourceCN, c.Factors.unverified())
		}
	}

	if v := c.SMS.Value; v == "yes" || v == "no" {
		d.SMSRecovery = v
		d.set("sms_recovery", catalog.SourceCN, c.SMS.unverified())
	}

	if f, ok := c.Deletion["url"]; ok {
		var s string
		if json.Unmarshal(f.Value, &s) == nil {
			if u := cleanURL(s); u != "" {
				d.Deletion.URL = u
				d.set("deletion.url", catalog.SourceCN, f.unverified())
			}
		}
	}
	if f, ok := c.Deletion["path"]; ok {
		var s string
		if json.Unmarshal(f.Value, &s) == nil {
			if p := menuPath(s); p != "" {
				d.Deletion.Path = p
				d.set("deletion.path", catalog.SourceCN, f.unverified())
			}
		}
	}
	if f, ok := c.Deletion["difficulty"]; ok {
		var s string
		if json.Unmarshal(f.Value, &s) == nil {
			if v, ok := cnDifficulty[s]; ok && v != unknown {
				d.Deletion.Difficulty = v
				d.set("deletion.difficulty", catalog.SourceCN, f.unverified())
			}
		}
	}
	fillFromOpenData(src, d, true)
	return d.finish(), nil
}

// realName reads cn-services' free-form rule: "yes…", a real-name phone
// number or an identity borrowed from another account mean yes; a rule
// that applies only to some features ("for payment", "optional; …",
// "yes for some services") is partial.
func realName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "yes for some"):
		return "partial"
	case strings.HasPrefix(s, "yes"), strings.HasPrefix(s, "phone"), strings.HasPrefix(s, "via "):
		return "yes"
	case strings.HasPrefix(s, "for "), strings.HasPrefix(s, "optional"):
		return "partial"
	case s == "no":
		return "no"
	}
	return unknown
}

// cleanURL keeps only well-formed https URLs. A trailing remark after a
// space is cut off; plain http is dropped, not upgraded, because nobody
// checked that the https page exists.
func cleanURL(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return s
}

var (
	prose       = regexp.MustCompile(`[a-z]{3,}`)
	proseParens = regexp.MustCompile(`\s*\([^)]*[a-z]{3,}[^)]*\)`)
)

// menuPath keeps a cn-services cancellation path only when it is a menu
// route (A → B → C). Remarks in English are the data author's own words,
// which footprint must not copy, so they are cut, and a path that is only
// prose is dropped.
func menuPath(s string) string {
	if i := strings.Index(s, ";"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(proseParens.ReplaceAllString(s, ""))
	if !strings.Contains(s, "→") || prose.MatchString(s) {
		return ""
	}
	return s
}

func (d *draft) finish() catalog.Entry {
	e := d.Entry
	if e.Holds == nil {
		e.Holds = []string{}
	}
	if e.Domains == nil {
		e.Domains = []string{}
	}
	e.Holds = sortKinds(e.Holds)
	slices.Sort(e.Unverified)
	return e
}

// sortKinds puts data kinds in checks' display order.
func sortKinds(kinds []string) []string {
	var out []string
	for _, k := range checks.AllDataKinds {
		if slices.Contains(kinds, string(k)) {
			out = append(out, string(k))
		}
	}
	for _, k := range kinds {
		if _, ok := checks.ParseDataKind(k); !ok {
			out = append(out, k) // kept so validate can name it
		}
	}
	return out
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func validate(entries []catalog.Entry) error {
	seen := map[string]bool{}
	var errs []string
	for _, e := range entries {
		bad := func(format string, args ...any) {
			errs = append(errs, e.ID+": "+fmt.Sprintf(format, args...))
		}
		if !idPattern.MatchString(e.ID) {
			bad("malformed id")
		}
		if seen[e.ID] {
			bad("duplicate id")
		}
		seen[e.ID] = true
		if !catalog.ValidCategory(e.Category) {
			bad("unknown category %q", e.Category)
		}
		for _, k := range e.Holds {
			if _, ok := checks.ParseDataKind(k); !ok {
				bad("unknown data kind %q", k)
			}
		}
		if e.Name == "" || e.NameZh == "" {
			bad("missing a name")
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid catalogue:\n  %s", strings.Join(errs, "\n  "))
	}
	return nil
}
