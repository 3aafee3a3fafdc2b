/**
 * Small pieces every other package may use: Amanda's quoting rules and the excerpts of bad input
 * that error messages show.
 *
 * <p>Belongs here: pure, dependency-free helpers and tiny value types. Does not belong here:
 * anything that does I/O or knows about one particular file format or protocol. May import only
 * java.* and org.slf4j; every other jamanda package may import it.
 */
package org.jamanda.common;
