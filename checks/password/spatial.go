package password

import (
	"strings"

	"github.com/trustelem/zxcvbn/adjacency"
	"github.com/trustelem/zxcvbn/match"
)

// The reference's keyboard-walk matcher, after trustelem/zxcvbn's port
// (MIT licence), over the proxy string.

var spatialGraphs = []*adjacency.Graph{
	adjacency.Graphs["qwerty"],
	adjacency.Graphs["dvorak"],
	adjacency.Graphs["keypad"],
	adjacency.Graphs["mac_keypad"],
}

// shiftedKeys are the characters typed with shift on the two text layouts.
var shiftedKeys = func() (t [256]bool) {
	for _, c := range []byte(`~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?`) {
		t[c] = true
	}
	return t
}()

func spatialMatches(out []*match.Match, proxy string) []*match.Match {
	for _, g := range spatialGraphs {
		out = spatialWalks(out, proxy, g)
	}
	return out
}

func spatialWalks(out []*match.Match, pw string, g *adjacency.Graph) []*match.Match {
	textLayout := g.Name == "qwerty" || g.Name == "dvorak"
	i := 0
	for i < len(pw)-1 {
		j := i + 1
		lastDirection, turns, shifted := -1, 0, 0
		if textLayout && shiftedKeys[pw[i]] {
			shifted = 1
		}
		for {
			found := false
			if j < len(pw) {
				for dir, adj := range g.Graph[pw[j-1:j]] {
					idx := strings.IndexByte(adj, pw[j])
					if idx < 0 {
						continue
					}
					found = true
					if idx == 1 {
						shifted++
					}
					if dir != lastDirection {
						turns++
						lastDirection = dir
					}
					break
				}
			}
			if found {
				j++
				continue
			}
			if j-i > 2 {
				out = append(out, &match.Match{
					Pattern:      "spatial",
					I:            i,
					J:            j - 1,
					Token:        pw[i:j],
					Graph:        g.Name,
					Turns:        turns,
					ShiftedCount: shifted,
				})
			}
			i = j
			break
		}
	}
	return out
}
