package org.jamanda.config;

/**
 * One moment a script may run at, in a script's {@code execute-on} list. Declared in the order
 * Amanda prints them ({@code execute_on_strings} in conffile.c), which differs from the order of
 * its bit values.
 */
public enum ExecuteOn {
  PRE_AMCHECK,
  PRE_DLE_AMCHECK,
  PRE_HOST_AMCHECK,
  POST_DLE_AMCHECK,
  POST_HOST_AMCHECK,
  POST_AMCHECK,
  PRE_ESTIMATE,
  PRE_DLE_ESTIMATE,
  PRE_HOST_ESTIMATE,
  POST_DLE_ESTIMATE,
  POST_HOST_ESTIMATE,
  POST_ESTIMATE,
  PRE_BACKUP,
  PRE_DLE_BACKUP,
  PRE_HOST_BACKUP,
  POST_BACKUP,
  POST_DLE_BACKUP,
  POST_HOST_BACKUP,
  PRE_RECOVER,
  POST_RECOVER,
  PRE_LEVEL_RECOVER,
  POST_LEVEL_RECOVER,
  INTER_LEVEL_RECOVER
}
