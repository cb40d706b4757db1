/** Every validation of a loaded data set, each a small named check returning all its problems. */
package amity.check;
