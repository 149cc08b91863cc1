package io.gongkai.model;

/**
 * A rectangle on a page, origin at the top left, in the page's own units: PDF points (1/72 inch) for PDFs, pixels for
 * images and scans.
 */
public record Box(double x, double y, double width, double height) {
  public Box {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative box size: " + width + " x " + height);
    }
  }

  /** The smallest box holding both. */
  public Box union(Box other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    double right = Math.max(x + width, other.x + other.width);
    double bottom = Math.max(y + height, other.y + other.height);
    return new Box(left, top, right - left, bottom - top);
  }
}
