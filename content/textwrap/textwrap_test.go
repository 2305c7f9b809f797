package textwrap

import (
	"strings"
	"testing"
)

func TestChineseBreaksBetweenCharactersNotBeforePunctuation(t *testing.T) {
	s := "footprint 帮你私下体检自己的数字生活。大约十五分钟，你就能看清："
	lines := Lines(s, 40, "", "")
	for i, l := range lines {
		if w := Width(l); w > 40 {
			t.Errorf("line %d is %d cells: %q", i, w, l)
		}
		if r := []rune(l); i > 0 && strings.ContainsRune(NoLineStart, r[0]) {
			t.Errorf("line %d starts with closing punctuation: %q", i, l)
		}
	}
	if !strings.HasPrefix(lines[0], "footprint 帮你") {
		t.Errorf("the first line should fill up with Chinese after the English word: %q", lines[0])
	}
	if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
		t.Errorf("text lost or changed: %q", got)
	}
}

func TestEnglishBreaksAtSpacesWithHangingIndent(t *testing.T) {
	lines := Lines("which apps and services hold which of your personal information", 30, "  • ", "    ")
	want := []string{"  • which apps and services", "    hold which of your", "    personal information"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", lines)
	}
}

func TestLongWordGetsItsOwnLine(t *testing.T) {
	lines := Lines("see https://example.com/a/very/long/path/that/cannot/break here", 20, "", "")
	if len(lines) != 3 || lines[1] != "https://example.com/a/very/long/path/that/cannot/break" {
		t.Errorf("got %q", lines)
	}
}
