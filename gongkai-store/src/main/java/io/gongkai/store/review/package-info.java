/**
 * What people add to what gongkai read: decisions on findings (confirm or dismiss, who, when, why) and corrections of
 * cells (who, when, why, old and new value). Both are kept beside the printed values and never over them; nothing here
 * is updated or deleted, so the history stays.
 */
package io.gongkai.store.review;
