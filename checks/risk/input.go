// Package risk turns an inventory of accounts and the habits checkup into a
// protection score, the findings behind every point of it, and a ranked
// action plan. It is pure and deterministic: the same Input always gives
// the same Assessment, in the same order. docs/scoring.md explains the model.
package risk

import (
	"time"

	"github.com/footprint-audit/footprint/checks"
)

// SecondFactor is the second sign-in step the user has turned on.
type SecondFactor string

const (
	FactorNone    SecondFactor = "none"
	FactorSMS     SecondFactor = "sms"
	FactorApp     SecondFactor = "app"
	FactorKey     SecondFactor = "key"
	FactorUnknown SecondFactor = "unknown"
)

// Verdict is what the password check concluded; never the password itself.
type Verdict struct {
	Checked bool
	Score   int // zxcvbn 0–4
	Date    time.Time
}

// Account is one service that holds the user's data, as the inventory and
// the catalogue describe it.
type Account struct {
	ID, Name         string
	Category         string // catalogue category, "" for a custom service
	Holds            []checks.DataKind
	Dormant          bool // last used more than a year ago
	SecondFactor     SecondFactor
	Password         Verdict
	PasswordReused   bool
	RealNameVerified bool
	// SMSRecovery says whether the catalogue knows the account can be
	// recovered with an SMS code alone: "yes", "no" or "unknown".
	SMSRecovery        string
	DeletionURL        string
	DeletionDifficulty string // easy, medium, hard, impossible, unknown
	OffersApp2FA       bool
	OffersKey2FA       bool
}

// HabitAnswers maps a habit question id to the chosen option id.
type HabitAnswers map[string]string

// Input is everything the model looks at. Done and Skipped hold action ids.
type Input struct {
	Accounts []Account
	Habits   HabitAnswers
	Done     map[string]bool
	Skipped  map[string]bool
}
