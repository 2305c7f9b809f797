package store

import (
	"context"
	"fmt"
)

// Profile is the user's display name and the optional personal details used
// as "user inputs" by the password check (a password built from your own
// name or birthday is weak). Every field may be empty.
type Profile struct {
	DisplayName string `json:"display_name"`
	FullName    string `json:"full_name"`
	BirthDate   string `json:"birth_date"` // as the user typed it, e.g. 1990-05-17
	Phone       string `json:"phone"`
	Email       string `json:"email"`
}

// UserInputs returns the non-empty personal details, for password scoring.
func (p Profile) UserInputs() []string {
	var out []string
	for _, s := range []string{p.DisplayName, p.FullName, p.BirthDate, p.Phone, p.Email} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ProfileField names one editable field of the profile.
type ProfileField string

const (
	FieldDisplayName ProfileField = "display_name"
	FieldFullName    ProfileField = "full_name"
	FieldBirthDate   ProfileField = "birth_date"
	FieldPhone       ProfileField = "phone"
	FieldEmail       ProfileField = "email"
)

// ProfileFields lists the fields in the order Settings shows them.
var ProfileFields = []ProfileField{FieldDisplayName, FieldFullName, FieldBirthDate, FieldPhone, FieldEmail}

// Get returns the field's value from p.
func (p Profile) Get(f ProfileField) string {
	switch f {
	case FieldDisplayName:
		return p.DisplayName
	case FieldFullName:
		return p.FullName
	case FieldBirthDate:
		return p.BirthDate
	case FieldPhone:
		return p.Phone
	case FieldEmail:
		return p.Email
	}
	return ""
}

// Profiles is the profile repository. It holds no state.
type Profiles struct{}

// Get returns the profile.
func (Profiles) Get(ctx context.Context, h Handle) (Profile, error) {
	var p Profile
	err := h.QueryRowContext(ctx,
		"SELECT display_name, full_name, birth_date, phone, email FROM profile WHERE id = 1").
		Scan(&p.DisplayName, &p.FullName, &p.BirthDate, &p.Phone, &p.Email)
	if err != nil {
		return Profile{}, fmt.Errorf("read profile: %w", err)
	}
	return p, nil
}

// SetField stores one field; an empty value deletes it.
func (Profiles) SetField(ctx context.Context, h Handle, f ProfileField, value string) error {
	var col string
	switch f {
	case FieldDisplayName, FieldFullName, FieldBirthDate, FieldPhone, FieldEmail:
		col = string(f) // a closed set: safe to place in the statement
	default:
		return fmt.Errorf("unknown profile field %q", f)
	}
	_, err := h.ExecContext(ctx,
		"UPDATE profile SET "+col+" = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = 1", value)
	if err != nil {
		return fmt.Errorf("save %s: %w", f, err)
	}
	return nil
}

// Clear deletes every personal detail (the display name included).
func (Profiles) Clear(ctx context.Context, h Handle) error {
	_, err := h.ExecContext(ctx,
		"UPDATE profile SET display_name='', full_name='', birth_date='', phone='', email='', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = 1")
	if err != nil {
		return fmt.Errorf("clear profile: %w", err)
	}
	return nil
}
