/** Writers of a report table: terminal table, CSV, TSV, JSON, JSON Lines, Markdown, and charts. */
package amity.render;
