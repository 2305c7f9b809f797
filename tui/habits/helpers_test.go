package habits

import "github.com/footprint-audit/footprint/tui/internal/screentest"

// The shared screen-test helpers, under the names this package's tests use.
var (
	press     = screentest.Press
	statusOf  = screentest.StatusOf
	checkFits = screentest.CheckFits
	runGolden = screentest.Golden
	collect   = screentest.Collect
)

type step = screentest.Step
