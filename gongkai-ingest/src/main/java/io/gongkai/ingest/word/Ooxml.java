package io.gongkai.ingest.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * DOM helpers for WordprocessingML. Both the transitional and the strict (ISO 29500) namespaces are accepted, since
 * some converters write strict files.
 */
final class Ooxml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private Ooxml() {}

  /** Whether the node is a WordprocessingML element with this local name. */
  static boolean isW(Node n, String localName) {
    return n instanceof Element && localName.equals(n.getLocalName()) && isWNamespace(n.getNamespaceURI());
  }

  static boolean isWNamespace(String ns) {
    return W.equals(ns) || W_STRICT.equals(ns);
  }

  /** The element children of a node. */
  static List<Element> children(Node n) {
    List<Element> out = new ArrayList<>();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first WordprocessingML child with this local name, or null. */
  static Element child(Node n, String localName) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (isW(c, localName)) {
        return (Element) c;
      }
    }
    return null;
  }

  /** The {@code w:val} attribute of an element, or null when the element or the attribute is absent. */
  static String val(Element e) {
    if (e == null) {
      return null;
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if ("val".equals(a.getLocalName()) && isWNamespace(a.getNamespaceURI())) {
        return a.getNodeValue();
      }
    }
    return null;
  }

  /** An integer {@code w:val} of the named property child, or {@code fallback} when absent or unreadable. */
  static int intVal(Element props, String localName, int fallback) {
    String v = props == null ? null : val(child(props, localName));
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Whether an on/off property ({@code <w:vanish/>}, {@code <w:vanish w:val="0"/>}) is present and on. */
  static boolean isOn(Element props, String localName) {
    Element e = props == null ? null : child(props, localName);
    if (e == null) {
      return false;
    }
    String v = val(e);
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }
}
