package lessons

import "testing"

func TestUnwrapLists(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"- one two\n  three\n- four", "- one two three\n- four"},
		{"1. 第一行\n   接着写", "1. 第一行接着写"},
		{"- item\n  - nested\n    more", "- item\n  - nested more"},
		{"- item\n\n  separate paragraph", "- item\n\n  separate paragraph"},
		{"Paragraph\n  indented", "Paragraph\n  indented"},
		{"- item\n  > quote", "- item\n  > quote"},
		{"- item\nnot indented", "- item\nnot indented"},
	} {
		if got := unwrapLists(c.in); got != c.want {
			t.Errorf("unwrapLists(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
