package password

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/footprint-audit/footprint/content/i18n"
)

// Golden frames of the screen body (refresh with go test -update). The
// inputs score 3 or more, where the engine gives no feedback, so the frames
// pin this screen's layout rather than the engine's advice.

func TestGoldenStrongEnglish(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	m.SetSize(80, 20)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenPiecesShown(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	m.SetSize(80, 30)
	typeIn(m, "qwerty-Lantern-1987")
	send(m, press("enter"))
	send(m, press("p"))
	send(m, press("y"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenChineseSmall(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.Chinese, Options{})
	m.SetSize(40, 8)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenOnlineConfirm(t *testing.T) {
	m := newModel(t, &fakeStore{}, i18n.English, Options{})
	m.SetSize(80, 20)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	send(m, press("o"))
	golden.RequireEqual(t, view(m))
}

func TestGoldenAttachChinese(t *testing.T) {
	fs := &fakeStore{accounts: []Account{{ID: "wechat", Name: "微信"}, {ID: "custom-gym", Name: "Gym"}}}
	m := newModel(t, fs, i18n.Chinese, Options{})
	m.SetSize(60, 16)
	typeIn(m, "Tr0ub4dour&3-horse-staple")
	send(m, press("enter"))
	send(m, press("a"))
	send(m, press("down"))
	golden.RequireEqual(t, view(m))
}
