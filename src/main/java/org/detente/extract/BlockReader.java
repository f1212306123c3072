package org.detente.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into text blocks in one walk over the tree: every block-level element (and every line break) ends
 * the block before it, text nodes are appended with their whitespace collapsed, and link text is counted on the way,
 * so no element's text is ever computed twice. Elements the caller skips are passed over with everything inside
 * them, which spares the page a copy with boilerplate removed.
 */
final class BlockReader {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
            "fieldset", "address", "details", "summary", "hr", "br", "center", "body", "html");

    private BlockReader() {
    }

    static List<Block> read(Element root) {
        return read(root, e -> false);
    }

    /** The blocks of the page outside the elements {@code skip} accepts (the root itself is never skipped). */
    static List<Block> read(Element root, Predicate<Element> skip) {
        Walker walker = new Walker(root, skip);
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.blocks;
    }

    private static final class Walker implements NodeFilter {

        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int words;
        private int linkDepth;
        private boolean pendingSpace;

        private final Element root;
        private final Predicate<Element> skip;

        Walker(Element root, Predicate<Element> skip) {
            this.root = root;
            this.skip = skip;
            open.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (e != root && skip.test(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.push(e);
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!open.isEmpty() && open.peek() == e) {
                        open.pop();
                    }
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Appends the text a word at a time: a run of non-space characters is copied in one go. */
        private void append(String raw) {
            int length = raw.length();
            int i = 0;
            while (i < length) {
                if (isSpace(raw.charAt(i))) {
                    pendingSpace = text.length() > 0;
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < length && !isSpace(raw.charAt(end))) {
                    end++;
                }
                int before = text.length();
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                    words++;
                } else if (before == 0) {
                    words++;
                }
                text.append(raw, i, end);
                if (linkDepth > 0) {
                    linkChars += text.length() - before;
                }
                i = end;
            }
        }

        private static boolean isSpace(char c) {
            return c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b'
                    || c >= '\u001c' : (c >= '\u0080' && (c == '\u00a0' || Character.isWhitespace(c)));
        }

        void flush() {
            if (text.length() > 0) {
                blocks.add(new Block(open.isEmpty() ? null : open.peek(), text.toString(), linkChars, words));
            }
            text.setLength(0);
            linkChars = 0;
            words = 0;
            pendingSpace = false;
        }
    }
}
