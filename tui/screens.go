package tui

import (
	"github.com/footprint-audit/footprint/tui/common"
	"github.com/footprint-audit/footprint/tui/exposure"
	"github.com/footprint-audit/footprint/tui/habits"
	"github.com/footprint-audit/footprint/tui/home"
	"github.com/footprint-audit/footprint/tui/inventory"
	"github.com/footprint-audit/footprint/tui/lessons"
	"github.com/footprint-audit/footprint/tui/password"
	"github.com/footprint-audit/footprint/tui/plan"
	"github.com/footprint-audit/footprint/tui/settings"
)

// Deps is what screens are built from.
type Deps struct {
	Common *common.Common
	Store  *Adapter
	// HIBPFile is --hibp-file, for the password check's offline breach lookups.
	HIBPFile string
}

// screen is one entry of the app's navigation.
type screen struct {
	info  common.ScreenInfo
	build func(d Deps, targets []common.ScreenInfo) common.Screen
}

// registry lists every screen in tab order. A capability adds its screen
// here and nowhere else in the router. Home is first and lists the others.
var registry = []screen{
	{
		info: common.ScreenInfo{ID: home.ID, TitleKey: "home.title", BlurbKey: "home.blurb"},
		build: func(d Deps, targets []common.ScreenInfo) common.Screen {
			return home.New(d.Common, d.Store, targets, homeSections(d)...)
		},
	},
	{
		info: common.ScreenInfo{ID: password.ID, TitleKey: "password.ui.title", BlurbKey: "password.ui.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen {
			return password.New(d.Common, d.Store, password.Options{HIBPFile: d.HIBPFile})
		},
	},
	{
		info:  common.ScreenInfo{ID: inventory.ID, TitleKey: "inventory_ui.title", BlurbKey: "inventory_ui.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen { return inventory.New(d.Common, d.Store) },
	},
	{
		info:  common.ScreenInfo{ID: exposure.ID, TitleKey: "inventory_ui.map.title", BlurbKey: "inventory_ui.map.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen { return exposure.New(d.Common, d.Store) },
	},
	{
		info:  common.ScreenInfo{ID: plan.ID, TitleKey: "inventory_ui.plan.title", BlurbKey: "inventory_ui.plan.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen { return plan.New(d.Common, d.Store) },
	},
	{
		info:  common.ScreenInfo{ID: habits.ID, TitleKey: "inventory_ui.habits.title", BlurbKey: "inventory_ui.habits.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen { return habits.New(d.Common, d.Store) },
	},
	{
		info: common.ScreenInfo{ID: lessons.ID, TitleKey: "lessons.title", BlurbKey: "lessons.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen {
			return lessons.New(d.Common, d.Store)
		},
	},
	{
		info: common.ScreenInfo{ID: settings.ID, TitleKey: "settings.title", BlurbKey: "settings.blurb"},
		build: func(d Deps, _ []common.ScreenInfo) common.Screen {
			return settings.New(d.Common, d.Store)
		},
	},
}

// homeSections are the dashboard's blocks, in order; capabilities add theirs.
func homeSections(d Deps) []home.Section {
	return []home.Section{
		home.NewScoreSection(d.Store),
		home.NewProgressSection(d.Store),
		home.LessonsSection(d.Store),
		home.NewNextSection(d.Store),
		home.NewHistorySection(d.Store),
	}
}

// Screens builds every registered screen.
func Screens(d Deps) []common.Screen {
	var targets []common.ScreenInfo
	for _, s := range registry[1:] {
		targets = append(targets, s.info)
	}
	out := make([]common.Screen, 0, len(registry))
	for i, s := range registry {
		var t []common.ScreenInfo
		if i == 0 {
			t = targets
		}
		out = append(out, s.build(d, t))
	}
	return out
}
