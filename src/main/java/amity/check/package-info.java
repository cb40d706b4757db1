/**
 * Every validation of a loaded data set, each a small named check returning all its problems. Only
 * structural errors live here (a part_of naming no figure); whether figures agree, parts that cannot
 * fit their total included, is for reconcile to say (its breakdown check).
 */
package amity.check;
