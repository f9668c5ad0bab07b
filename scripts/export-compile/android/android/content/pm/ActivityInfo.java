// android.content.pm.ActivityInfo as far as the studio's Java export uses it (a stub for javac).
package android.content.pm;

public class ActivityInfo {
  public static final int SCREEN_ORIENTATION_SENSOR_LANDSCAPE = 6;
  public static final int SCREEN_ORIENTATION_SENSOR_PORTRAIT = 7;
  public static final int SCREEN_ORIENTATION_FULL_SENSOR = 10;
}
