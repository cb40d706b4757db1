/** The record types amity reads and reasons about, and dates as intervals; no I/O. */
package amity.model;
