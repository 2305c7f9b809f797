package main

import "sort"

// jdmOverride names the JustDeleteMe record for services where matching by
// domain picks the wrong one (several products share a domain); "" means
// no record applies.
var jdmOverride = map[string]string{
	// Credit lines are not closed by closing Alipay's record.
	"ant-credit": "",
}

// tfaOverride does the same for the 2FA directory.
var tfaOverride = map[string]string{
	// Threads signs in through Instagram, but the directory has no entry
	// of its own, so its factors stay unknown rather than borrowed.
	"threads": "",
	// The directory files Google's account under its products; Gmail's
	// entry is the Google account's sign-in.
	"google": "Gmail",
	// Outlook.com's entry is the Microsoft account's sign-in.
	"microsoft": "Outlook.com",
}

func sortStrings(s []string) { sort.Strings(s) }
