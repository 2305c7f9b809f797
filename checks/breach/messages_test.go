package breach_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/footprint-audit/footprint/checks/breach"
	"github.com/footprint-audit/footprint/content/i18n"
)

// Every error a screen may show has text in both languages, filled with
// the arguments the key expects.
func TestEveryErrorHasText(t *testing.T) {
	kinds := []error{
		breach.ErrNotHIBP, breach.ErrNTLM, breach.ErrPrefixFile, breach.ErrUnsorted,
		breach.ErrEmpty, breach.ErrMalformed, breach.ErrPrefixMissing, breach.ErrOpen,
		breach.ErrUnreachable, breach.ErrTimeout, breach.ErrBadStatus,
		breach.ErrMalformedAnswer, breach.ErrCanceled,
	}
	for _, k := range kinds {
		e := &breach.Error{Kind: k, Path: "/data/pwned.txt", Offset: 12, Status: 503}
		m := breach.MessageOf(e)
		if m.Key == "breach.err.other" {
			t.Errorf("%v has no message of its own", k)
		}
		for _, lang := range i18n.Langs {
			if !i18n.Has(lang, m.Key) {
				t.Errorf("%s: key %q missing", lang, m.Key)
			}
			if s := i18n.T(lang, m.Key, m.Args...); containsAny(s, "%!", "MISSING", "EXTRA") {
				t.Errorf("%s: %q renders as %q", lang, m.Key, s)
			}
		}
	}
	if m := breach.MessageOf(errors.New("x")); !i18n.Has(i18n.Chinese, m.Key) {
		t.Errorf("foreign error gives key %q", m.Key)
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
