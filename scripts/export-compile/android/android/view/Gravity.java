// android.view.Gravity as far as the studio's Java export uses it (a stub for javac).
package android.view;

public final class Gravity {
  public static final int LEFT = 3;
  public static final int RIGHT = 5;
  public static final int CENTER_HORIZONTAL = 1;
}
