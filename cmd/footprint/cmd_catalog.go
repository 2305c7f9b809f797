package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/footprint-audit/footprint/content/catalog"
	"github.com/footprint-audit/footprint/content/i18n"
)

func init() { register(newCatalogCmd) }

func newCatalogCmd(e *env) *cobra.Command {
	hl := e.preLang() // help is built before --lang is parsed: follow the locale
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: i18n.T(hl, "catalog_cmd.short"),
		Args:  cobra.NoArgs,
	}
	var (
		asJSON           bool
		region, category string
	)
	list := &cobra.Command{
		Use:   "list",
		Short: i18n.T(hl, "catalog_cmd.list.short"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang := e.savedLang(cmd.Context())
			if region != "" && !slices.Contains(catalog.Regions, region) {
				return usageError(i18n.T(lang, "catalog_cmd.bad_region", region))
			}
			if category != "" && !slices.Contains(catalog.Categories(), category) {
				return usageError(i18n.T(lang, "catalog_cmd.bad_category", category, strings.Join(catalog.Categories(), ", ")))
			}
			var out []catalog.Entry
			for _, en := range catalog.All() {
				if (region == "" || en.HasRegion(region)) && (category == "" || en.Category == category) {
					out = append(out, en)
				}
			}
			return e.printEntries(lang, out, asJSON)
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	list.Flags().StringVar(&region, "region", "", i18n.T(hl, "catalog_cmd.flag.region"))
	list.Flags().StringVar(&category, "category", "", i18n.T(hl, "catalog_cmd.flag.category"))

	var searchJSON bool
	search := &cobra.Command{
		Use:   "search QUERY",
		Short: i18n.T(hl, "catalog_cmd.search.short"),
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang := e.savedLang(cmd.Context())
			q := strings.Join(args, " ")
			hits := catalog.Search(q, 20)
			if len(hits) == 0 && !searchJSON {
				return userError(i18n.T(lang, "catalog_cmd.none", clip(q, 64)), nil)
			}
			return e.printEntries(lang, hits, searchJSON)
		},
	}
	search.Flags().BoolVar(&searchJSON, "json", false, i18n.T(hl, "catalog_cmd.flag.json"))
	cmd.AddCommand(list, search)
	return cmd
}

// printEntries writes entries as JSON (the catalogue's own shape) or one
// line each: id, name in the user's language, category.
func (e *env) printEntries(lang i18n.Lang, entries []catalog.Entry, asJSON bool) error {
	if asJSON {
		if entries == nil {
			entries = []catalog.Entry{}
		}
		return writeJSON(e.stdout, entries)
	}
	for _, en := range entries {
		fmt.Fprintf(e.stdout, "%-28s %s  [%s]\n", en.ID, entryName(lang, en), i18n.T(lang, "catalog.category."+en.Category))
	}
	fmt.Fprintln(e.stdout, i18n.T(lang, "catalog_cmd.count", len(entries)))
	return nil
}

// entryName is the entry's name in lang, with the other language's name
// beside it when it differs, so either can be recognised.
func entryName(lang i18n.Lang, en catalog.Entry) string {
	first, second := en.Name, en.NameZh
	if lang == i18n.Chinese {
		first, second = second, first
	}
	if first == "" {
		first, second = second, ""
	}
	if second == "" || second == first {
		return first
	}
	return first + " (" + second + ")"
}
