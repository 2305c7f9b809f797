package exposure

import "github.com/footprint-audit/footprint/tui/internal/screentest"

// The shared screen-test helpers, under the names this package's tests use.
var (
	press     = screentest.Press
	run       = screentest.Run
	keys      = screentest.Keys
	statusOf  = screentest.StatusOf
	checkFits = screentest.CheckFits
	runGolden = screentest.Golden
)

type step = screentest.Step
