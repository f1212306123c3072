package org.detente.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into text blocks in one walk over the tree: every block-level element (and every line break) ends
 * the block before it, text nodes are appended with their whitespace collapsed, and link text is counted on the way,
 * so no element's text is ever computed twice.
 */
final class BlockReader {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
            "fieldset", "address", "details", "summary", "hr", "br", "center", "body", "html");

    private BlockReader() {
    }

    static List<Block> read(Element root) {
        Walker walker = new Walker(root);
        NodeTraversor.traverse(walker, root);
        walker.flush();
        return walker.blocks;
    }

    private static final class Walker implements NodeVisitor {

        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int words;
        private int linkDepth;
        private boolean pendingSpace;

        Walker(Element root) {
            open.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.push(e);
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
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
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    pendingSpace = text.length() > 0;
                    continue;
                }
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
                if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                    words++;
                }
                text.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
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
