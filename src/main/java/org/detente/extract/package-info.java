/** Article text and metadata from a raw HTML page, with boilerplate removed, and near-duplicate stories folded. */
package org.detente.extract;
