/** Reads YAML data files into the model, keeping the file:line:column of every value. */
package amity.read;
