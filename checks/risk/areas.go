package risk

// Area ids. Their caps add up to 100, so the score is 100 minus what each
// area lost, and no single area can swallow the whole score.
const (
	AreaPasswords = "passwords"
	AreaSignIn    = "sign_in"
	AreaTakeover  = "takeover"
	AreaExposure  = "exposure"
	AreaDormant   = "dormant"
	AreaHabits    = "habits"
)

type areaDef struct {
	id  string
	cap int
}

// areaDefs is in display order. Passwords and habits weigh most because
// they protect every account at once; the takeover chain is rarer but one
// instance already costs most of its cap.
var areaDefs = []areaDef{
	{AreaPasswords, 25},
	{AreaSignIn, 20},
	{AreaTakeover, 15},
	{AreaExposure, 10},
	{AreaDormant, 10},
	{AreaHabits, 20},
}

// areaCount is len(areaDefs), as a constant for fixed arrays.
const areaCount = 6

// areaIndex gives each area's position in areaDefs.
var areaIndex = map[string]int{
	AreaPasswords: 0, AreaSignIn: 1, AreaTakeover: 2, AreaExposure: 3, AreaDormant: 4, AreaHabits: 5,
}

func areaLabel(id string) string { return "risk.area." + id }
