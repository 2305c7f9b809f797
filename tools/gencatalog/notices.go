package main

import (
	"os"
	"path/filepath"
	"strings"
)

const rule = "================================================================================\n"

// buildNotices copies each MIT-licensed source's LICENSE and SOURCE files
// verbatim, as their licence requires.
func buildNotices(data string) (string, error) {
	var b strings.Builder
	b.WriteString("THIRD-PARTY NOTICES\n\n")
	b.WriteString("footprint's service catalogue (content/catalog/catalog.json) contains facts\n")
	b.WriteString("(deletion pages, deletion difficulty, domains, second-factor methods) taken\n")
	b.WriteString("from the works below, which are distributed under the MIT License.\n\n")
	for _, s := range []struct{ title, dir, license string }{
		{"JustDeleteMe (jdm-contrib/jdm)", "justdeleteme", "LICENSE"},
		{"2FA Directory (2factorauth/twofactorauth)", "2fa-directory", "LICENSE.md"},
	} {
		src, err := os.ReadFile(filepath.Join(data, s.dir, "SOURCE"))
		if err != nil {
			return "", err
		}
		lic, err := os.ReadFile(filepath.Join(data, s.dir, s.license))
		if err != nil {
			return "", err
		}
		b.WriteString(rule)
		b.WriteString(s.title + "\n")
		b.WriteString("SOURCE: " + string(src))
		if !strings.HasSuffix(string(src), "\n") {
			b.WriteString("\n")
		}
		b.WriteString(rule + "\n")
		b.Write(lic)
		if !strings.HasSuffix(string(lic), "\n") {
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}
