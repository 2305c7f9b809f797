package footprint

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/content/i18n"
)

// literalKey finds translation calls with a literal key: T("home.title"),
// c.T("x.y", n), i18n.T(lang, "x.y"), checks.Msg("x.y").
var literalKey = regexp.MustCompile(`\b(?:T|Msg)\((?:[A-Za-z_.()]+,\s*)?"([a-z0-9_]+(?:\.[A-Za-z0-9_-]+)+)"\s*[,)]`)

// Every key the code asks for with a literal exists in both languages, so
// no screen can show a raw key. (Keys built at run time are covered by the
// tests of the package that builds them.)
func TestEveryLiteralKeyExists(t *testing.T) {
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range literalKey.FindAllStringSubmatch(string(b), -1) {
			checked++
			for _, l := range i18n.Langs {
				if !i18n.Has(l, m[1]) {
					t.Errorf("%s: key %q is missing from the %s catalogue", path, m[1], l)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d literal keys checked", checked)
	if checked < 50 {
		t.Errorf("only %d literal keys found: the pattern no longer matches the code", checked)
	}
}
