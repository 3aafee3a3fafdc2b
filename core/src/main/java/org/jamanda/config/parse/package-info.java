/**
 * The syntax of Amanda's configuration files, before any keyword means anything: {@link
 * org.jamanda.config.parse.Lexer} makes tokens, {@link org.jamanda.config.parse.Parser} groups them
 * into statements and blocks and expands {@code includefile}, and {@link
 * org.jamanda.config.parse.ConfigException} says where a file is wrong.
 *
 * <p>Belongs here: tokens, lines, blocks, file inclusion, locations. Does not belong here:
 * keywords, value types, defaults (those live in {@code org.jamanda.config}). Pure apart from
 * reading the files it is given; may import only {@code org.jamanda.common}, java.* and org.slf4j.
 */
package org.jamanda.config.parse;
