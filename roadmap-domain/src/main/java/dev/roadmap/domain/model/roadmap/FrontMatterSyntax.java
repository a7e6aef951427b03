package dev.roadmap.domain.model.roadmap;

/**
 * The language a document's front matter is written in, so it is written back in it: YAML between
 * {@code ---} lines (Docusaurus, Jekyll) or TOML between {@code +++} lines (Hugo).
 */
public enum FrontMatterSyntax {
    YAML,
    TOML
}
