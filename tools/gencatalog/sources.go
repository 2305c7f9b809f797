package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// jdmSite is one JustDeleteMe record; only facts are read, never notes.
type jdmSite struct {
	Name       string   `json:"name"`
	URL        string   `json:"url"`
	Difficulty string   `json:"difficulty"`
	Domains    []string `json:"domains"`
}

// tfaEntry is one 2FA directory record.
type tfaEntry struct {
	Domain            string   `json:"domain"`
	AdditionalDomains []string `json:"additional-domains"`
	TFA               []string `json:"tfa"`
}

// fact is a cn-services fact: a value and how well it is sourced.
type fact[T any] struct {
	Value  T       `json:"value"`
	Marker *string `json:"marker"`
}

// unverified reports a ⚠ marker; ✅ and ☑ count as sourced.
func (f fact[T]) unverified() bool { return f.Marker != nil && *f.Marker == "⚠" }

type cnService struct {
	ID       string                           `json:"id"`
	NameZh   string                           `json:"name_zh"`
	NameEn   string                           `json:"name_en"`
	Domains  fact[json.RawMessage]            `json:"domains"`
	RealName fact[json.RawMessage]            `json:"real_name"`
	Kinds    fact[json.RawMessage]            `json:"data_kinds"`
	Face     fact[json.RawMessage]            `json:"face"`
	Factors  fact[json.RawMessage]            `json:"second_factors"`
	SMS      fact[string]                     `json:"sms_recovery"`
	Deletion map[string]fact[json.RawMessage] `json:"deletion"`
}

type sources struct {
	jdm       []jdmSite
	jdmByHost map[string][]int
	tfa       map[string]tfaEntry
	tfaByHost map[string][]string
	cn        map[string]cnService
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func loadSources(dir string) (*sources, error) {
	s := &sources{jdmByHost: map[string][]int{}, tfaByHost: map[string][]string{}, cn: map[string]cnService{}}
	if err := readJSON(filepath.Join(dir, "justdeleteme", "sites.json"), &s.jdm); err != nil {
		return nil, err
	}
	for i, site := range s.jdm {
		for _, d := range site.Domains {
			h := host(d)
			s.jdmByHost[h] = append(s.jdmByHost[h], i)
		}
	}
	if err := readJSON(filepath.Join(dir, "2fa-directory", "entries.json"), &s.tfa); err != nil {
		return nil, err
	}
	for name, e := range s.tfa {
		for _, d := range append([]string{e.Domain}, e.AdditionalDomains...) {
			h := host(d)
			s.tfaByHost[h] = append(s.tfaByHost[h], name)
		}
	}
	var cn []cnService
	if err := readJSON(filepath.Join(dir, "cn-services", "cn-services.json"), &cn); err != nil {
		return nil, err
	}
	for _, c := range cn {
		s.cn[c.ID] = c
	}
	return s, nil
}

func host(d string) string {
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(d)), "www.")
}

// findJDM picks the JustDeleteMe record for a service: an override if one
// is set, else a record on the service's domains whose name matches, else
// the first record on the first domain that has one.
func (s *sources) findJDM(id, name string, domains []string) (jdmSite, bool) {
	if o, ok := jdmOverride[id]; ok {
		for _, site := range s.jdm {
			if site.Name == o {
				return site, true
			}
		}
		return jdmSite{}, false
	}
	var first *jdmSite
	for _, d := range domains {
		for _, i := range s.jdmByHost[host(d)] {
			if sameName(s.jdm[i].Name, name, id) {
				return s.jdm[i], true
			}
			if first == nil {
				first = &s.jdm[i]
			}
		}
	}
	if first != nil {
		return *first, true
	}
	// A record filed under a subdomain (store.example.com) counts only
	// when its name matches, or every product of a big domain would.
	for h, is := range s.jdmByHost {
		if underAny(h, domains) {
			for _, i := range is {
				if sameName(s.jdm[i].Name, name, id) {
					return s.jdm[i], true
				}
			}
		}
	}
	return jdmSite{}, false
}

func underAny(h string, domains []string) bool {
	for _, d := range domains {
		if strings.HasSuffix(h, "."+host(d)) {
			return true
		}
	}
	return false
}

// findTFA does the same for the 2FA directory.
func (s *sources) findTFA(id, name string, domains []string) (string, tfaEntry, bool) {
	if o, ok := tfaOverride[id]; ok {
		e, found := s.tfa[o]
		return o, e, found
	}
	first := ""
	for _, d := range domains {
		keys := s.tfaByHost[host(d)]
		sortStrings(keys)
		for _, k := range keys {
			if sameName(k, name, id) {
				return k, s.tfa[k], true
			}
			if first == "" {
				first = k
			}
		}
	}
	if first != "" {
		return first, s.tfa[first], true
	}
	for h, keys := range s.tfaByHost {
		if underAny(h, domains) {
			for _, k := range keys {
				if sameName(k, name, id) {
					return k, s.tfa[k], true
				}
			}
		}
	}
	return "", tfaEntry{}, false
}

func sameName(candidate, name, id string) bool {
	c := squash(candidate)
	return c == squash(name) || c == squash(id)
}

func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
