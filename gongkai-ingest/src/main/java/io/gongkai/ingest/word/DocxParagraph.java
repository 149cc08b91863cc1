package io.gongkai.ingest.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The printed text of one {@code w:p}: its runs joined, including inserted revisions, field results, hyperlinks and
 * content controls; without deleted or moved-away revisions, field instructions, hidden runs, bookmarks and comment
 * marks (none of which a reader of the page sees). Text boxes anchored in the paragraph are handed back separately,
 * because they hold paragraphs and tables of their own.
 */
final class DocxParagraph {
  private final StringBuilder text = new StringBuilder();
  private final List<Element> textBoxes = new ArrayList<>();

  private DocxParagraph() {}

  static DocxParagraph of(Element p) {
    DocxParagraph out = new DocxParagraph();
    out.inlines(p);
    return out;
  }

  /** The paragraph's text, untrimmed; line breaks as {@code \n}, tabs as {@code \t}. */
  String text() {
    return text.toString();
  }

  /** The {@code w:txbxContent} elements of text boxes anchored in the paragraph, in document order. */
  List<Element> textBoxes() {
    return textBoxes;
  }

  private void inlines(Node parent) {
    for (Element e : Ooxml.children(parent)) {
      inline(e);
    }
  }

  private void inline(Element e) {
    if (Ooxml.MATH.equals(e.getNamespaceURI())) {
      math(e);
      return;
    }
    if (!Ooxml.isWNamespace(e.getNamespaceURI())) {
      textBoxesIn(e);
      return;
    }
    switch (e.getLocalName()) {
      case "r" -> run(e);
      case "hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo", "dir", "bdo", "sdtContent" ->
          inlines(e);
      case "sdt" -> {
        Element content = Ooxml.child(e, "sdtContent");
        if (content != null) {
          inlines(content);
        }
      }
      default -> {
        // del, moveFrom (revisions removed from the page), pPr, bookmarks, comment and permission marks: no text.
      }
    }
  }

  private void run(Element r) {
    if (Ooxml.isOn(Ooxml.child(r, "rPr"), "vanish")) {
      return;
    }
    for (Element e : Ooxml.children(r)) {
      if (!Ooxml.isWNamespace(e.getNamespaceURI())) {
        textBoxesIn(e);
        continue;
      }
      switch (e.getLocalName()) {
        case "t" -> text.append(e.getTextContent());
        case "tab", "ptab" -> text.append('\t');
        case "br", "cr" -> text.append('\n');
        case "noBreakHyphen" -> text.append('-');
        case "ruby" -> {
          Element base = Ooxml.child(e, "rubyBase");
          if (base != null) {
            inlines(base);
          }
        }
        case "drawing", "pict", "object" -> textBoxesIn(e);
        default -> {
          // delText and delInstrText (deleted), instrText (field code), rPr, softHyphen, symbols, notes marks.
        }
      }
    }
  }

  private void math(Element e) {
    if ("t".equals(e.getLocalName())) {
      text.append(e.getTextContent());
      return;
    }
    for (Element c : Ooxml.children(e)) {
      if (Ooxml.MATH.equals(c.getNamespaceURI())) {
        math(c);
      }
    }
  }

  /** Finds text boxes in a drawing; an {@code mc:Fallback} repeats its {@code mc:Choice}, so it is skipped. */
  private void textBoxesIn(Element e) {
    if (Ooxml.MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
      return;
    }
    if (Ooxml.isW(e, "txbxContent")) {
      textBoxes.add(e);
      return;
    }
    for (Element c : Ooxml.children(e)) {
      textBoxesIn(c);
    }
  }
}
