// TXCustomModel as the iOS one-click SDK documents it (docs/theme.md, "Properties (TXCustomModel
// names)" and "Value mapping"; seed 000's AddThemeExample), for compiling the studio's Objective-C
// export with `clang -fsyntax-only` (src/features/studio/export/compile.node.test.ts). Only the
// UIKit / QuartzCore types the properties use are declared, minimally: this is a header to check
// names and types against, not a build of the SDK. A property missing here is one the exporter must
// write as a comment (OBJC_PROPERTIES in src/features/studio/export/objc.ts lists the same names).
// Foundation, as far as the snippet's literals need it (no Foundation headers are needed to compile).
#define NS_ENUM(type, name) enum name : type name; enum name : type
#define NS_OPTIONS(type, name) enum name : type name; enum name : type
#pragma clang assume_nonnull begin
typedef signed char BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
#define nil ((id)0)
typedef long NSInteger;
typedef unsigned long NSUInteger;
typedef double CFTimeInterval;
@protocol NSCopying
@end
__attribute__((objc_root_class))
@interface NSObject
+ (instancetype)alloc;
- (instancetype)init;
@end
@interface NSString : NSObject <NSCopying>
@end
@interface NSConstantString : NSString
@end
@interface NSNumber : NSObject
+ (NSNumber *)numberWithInt:(int)value;
+ (NSNumber *)numberWithDouble:(double)value;
+ (NSNumber *)numberWithInteger:(NSInteger)value;
@end
@interface NSArray<ObjectType> : NSObject
+ (instancetype)arrayWithObjects:(const ObjectType _Nonnull[_Nonnull])objects count:(NSUInteger)count;
@end
@interface NSDictionary<KeyType, ObjectType> : NSObject
+ (instancetype)dictionaryWithObjects:(const ObjectType _Nonnull[_Nonnull])objects forKeys:(const KeyType _Nonnull[_Nonnull])keys count:(NSUInteger)count;
@end
@interface NSAttributedString : NSObject
- (instancetype)initWithString:(NSString *)string attributes:(nullable NSDictionary<NSString *, id> *)attributes;
@end

// ——— UIKit / CoreGraphics / QuartzCore, as far as the properties need them ———
typedef double CGFloat;
typedef struct { CGFloat x, y; } CGPoint;
typedef struct { CGFloat width, height; } CGSize;
typedef struct { CGPoint origin; CGSize size; } CGRect;
static inline CGRect CGRectMake(CGFloat x, CGFloat y, CGFloat width, CGFloat height) { CGRect r = {{x, y}, {width, height}}; return r; }
typedef struct { CGFloat top, left, bottom, right; } UIEdgeInsets;
static inline UIEdgeInsets UIEdgeInsetsMake(CGFloat top, CGFloat left, CGFloat bottom, CGFloat right) { UIEdgeInsets i = {top, left, bottom, right}; return i; }
typedef CGFloat UIFontWeight;
extern const UIFontWeight UIFontWeightUltraLight, UIFontWeightThin, UIFontWeightLight, UIFontWeightRegular, UIFontWeightMedium,
    UIFontWeightSemibold, UIFontWeightBold, UIFontWeightHeavy, UIFontWeightBlack;
typedef NS_ENUM(NSInteger, NSTextAlignment) { NSTextAlignmentLeft, NSTextAlignmentCenter, NSTextAlignmentRight };
typedef NS_ENUM(NSInteger, UIStatusBarStyle) { UIStatusBarStyleDefault, UIStatusBarStyleLightContent, UIStatusBarStyleDarkContent };
typedef NS_ENUM(NSInteger, UIViewContentMode) { UIViewContentModeScaleToFill, UIViewContentModeScaleAspectFit, UIViewContentModeScaleAspectFill, UIViewContentModeCenter };
typedef NS_OPTIONS(NSUInteger, UIInterfaceOrientationMask) {
  UIInterfaceOrientationMaskPortrait = 1 << 1,
  UIInterfaceOrientationMaskLandscape = (1 << 3) | (1 << 4),
  UIInterfaceOrientationMaskAll = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4),
};
@interface UIColor : NSObject
+ (UIColor *)colorWithRed:(CGFloat)red green:(CGFloat)green blue:(CGFloat)blue alpha:(CGFloat)alpha;
+ (UIColor *)clearColor;
+ (UIColor *)blackColor;
+ (UIColor *)darkGrayColor;
+ (UIColor *)grayColor;
+ (UIColor *)lightGrayColor;
+ (UIColor *)whiteColor;
+ (UIColor *)redColor;
+ (UIColor *)greenColor;
+ (UIColor *)blueColor;
+ (UIColor *)cyanColor;
+ (UIColor *)yellowColor;
+ (UIColor *)magentaColor;
+ (UIColor *)orangeColor;
+ (UIColor *)purpleColor;
+ (UIColor *)brownColor;
@end
@interface UIFont : NSObject
+ (UIFont *)systemFontOfSize:(CGFloat)size;
+ (UIFont *)systemFontOfSize:(CGFloat)size weight:(UIFontWeight)weight;
@end
@interface UIImage : NSObject
+ (nullable UIImage *)imageNamed:(NSString *)name;
@end
@interface UIView : NSObject
@end
extern NSString *const NSForegroundColorAttributeName;
extern NSString *const NSFontAttributeName;
@interface CAAnimation : NSObject
@property CFTimeInterval duration;
@end
@interface CAKeyframeAnimation : CAAnimation
+ (instancetype)animationWithKeyPath:(nullable NSString *)path;
@property (copy, nullable) NSArray *values;
@end

// ——— The SDK ———
typedef CGRect (^PNSBuildFrameBlock)(CGSize screenSize, CGSize superViewSize, CGRect frame);
typedef NS_ENUM(NSInteger, PNSPresentationDirection) {
  PNSPresentationDirectionBottom,
  PNSPresentationDirectionRight,
  PNSPresentationDirectionTop,
  PNSPresentationDirectionLeft,
};

@interface TXCustomModel : NSObject
// Mode (full page or window)
@property (nonatomic, copy, nullable) PNSBuildFrameBlock contentViewFrameBlock;
@property (nonatomic, strong, nullable) UIColor *alertBlurViewColor;
@property (nonatomic, assign) CGFloat alertBlurViewAlpha;
@property (nonatomic, strong, nullable) UIColor *alertContentViewColor;
@property (nonatomic, assign) CGFloat alertContentViewAlpha;
@property (nonatomic, copy, nullable) NSArray<NSNumber *> *alertCornerRadiusArray;
@property (nonatomic, strong, nullable) UIColor *alertTitleBarColor;
@property (nonatomic, assign) BOOL alertBarIsHidden;
@property (nonatomic, copy, nullable) NSAttributedString *alertTitle;
@property (nonatomic, strong, nullable) UIImage *alertCloseImage;
@property (nonatomic, assign) BOOL alertCloseItemIsHidden;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock alertTitleBarFrameBlock;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock alertTitleFrameBlock;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock alertCloseItemFrameBlock;
@property (nonatomic, assign) BOOL alertFrameChangeWithKeyboard;
@property (nonatomic, assign) BOOL tapAuthPageMaskClosePage;
// Status bar
@property (nonatomic, assign) BOOL prefersStatusBarHidden;
@property (nonatomic, assign) UIStatusBarStyle preferredStatusBarStyle;
// Nav bar
@property (nonatomic, assign) BOOL navIsHidden;
@property (nonatomic, strong, nullable) UIColor *navColor;
@property (nonatomic, copy, nullable) NSAttributedString *navTitle;
@property (nonatomic, strong, nullable) UIImage *navBackImage;
@property (nonatomic, assign) BOOL hideNavBackItem;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock navBackButtonFrameBlock;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock navTitleFrameBlock;
@property (nonatomic, strong, nullable) UIView *navMoreView;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock navMoreViewFrameBlock;
// Background
@property (nonatomic, strong, nullable) UIColor *backgroundColor;
@property (nonatomic, strong, nullable) UIImage *backgroundImage;
@property (nonatomic, assign) UIViewContentMode backgroundImageContentMode;
// Logo
@property (nonatomic, strong, nullable) UIImage *logoImage;
@property (nonatomic, assign) BOOL logoIsHidden;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock logoFrameBlock;
// Slogan
@property (nonatomic, copy, nullable) NSAttributedString *sloganText;
@property (nonatomic, assign) BOOL sloganIsHidden;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock sloganFrameBlock;
// Masked number
@property (nonatomic, strong, nullable) UIColor *numberColor;
@property (nonatomic, strong, nullable) UIFont *numberFont;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock numberFrameBlock;
// Login button
@property (nonatomic, copy, nullable) NSAttributedString *loginBtnText;
@property (nonatomic, copy, nullable) NSArray<UIImage *> *loginBtnBgImgs;
@property (nonatomic, assign) BOOL autoHideLoginLoading;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock loginBtnFrameBlock;
// Switch button ("other login methods")
@property (nonatomic, copy, nullable) NSAttributedString *changeBtnTitle;
@property (nonatomic, assign) BOOL changeBtnIsHidden;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock changeBtnFrameBlock;
// Checkbox
@property (nonatomic, copy, nullable) NSArray<UIImage *> *checkBoxImages;
@property (nonatomic, assign) UIEdgeInsets checkBoxImageEdgeInsets;
@property (nonatomic, assign) BOOL checkBoxIsChecked;
@property (nonatomic, assign) BOOL checkBoxIsHidden;
@property (nonatomic, assign) CGFloat checkBoxWH;
@property (nonatomic, assign) BOOL checkBoxVerticalCenter;
@property (nonatomic, strong, nullable) CAAnimation *checkboxAnimation;
@property (nonatomic, assign) BOOL expandAuthPageCheckedScope;
// Agreements
@property (nonatomic, copy, nullable) NSArray<NSString *> *privacyOne;
@property (nonatomic, copy, nullable) NSArray<NSString *> *privacyTwo;
@property (nonatomic, copy, nullable) NSArray<NSString *> *privacyThree;
@property (nonatomic, copy, nullable) NSArray<NSString *> *privacyConectTexts;
@property (nonatomic, copy, nullable) NSArray<UIColor *> *privacyColors;
@property (nonatomic, strong, nullable) UIColor *privacyOperatorColor;
@property (nonatomic, strong, nullable) UIColor *privacyOneColor;
@property (nonatomic, strong, nullable) UIColor *privacyTwoColor;
@property (nonatomic, strong, nullable) UIColor *privacyThreeColor;
@property (nonatomic, assign) NSTextAlignment privacyAlignment;
@property (nonatomic, copy, nullable) NSString *privacyPreText;
@property (nonatomic, copy, nullable) NSString *privacySufText;
@property (nonatomic, copy, nullable) NSString *privacyOperatorPreText;
@property (nonatomic, copy, nullable) NSString *privacyOperatorSufText;
@property (nonatomic, assign) NSInteger privacyOperatorIndex;
@property (nonatomic, strong, nullable) UIFont *privacyFont;
@property (nonatomic, assign) CGFloat privacyLineSpaceDp;
@property (nonatomic, strong, nullable) UIFont *privacyOperatorFont;
@property (nonatomic, assign) BOOL privacyOperatorUnderline;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock privacyFrameBlock;
@property (nonatomic, strong, nullable) CAAnimation *privacyAnimation;
// Agreement viewer
@property (nonatomic, assign) BOOL privacyVCIsCustomized;
@property (nonatomic, strong, nullable) UIColor *privacyNavColor;
@property (nonatomic, strong, nullable) UIFont *privacyNavTitleFont;
@property (nonatomic, strong, nullable) UIColor *privacyNavTitleColor;
@property (nonatomic, strong, nullable) UIImage *privacyNavBackImage;
// Second consent popup
@property (nonatomic, assign) BOOL privacyAlertIsNeedShow;
@property (nonatomic, assign) BOOL privacyAlertIsNeedAutoLogin;
@property (nonatomic, copy, nullable) NSString *privacyAlertTitleContent;
@property (nonatomic, strong, nullable) UIColor *privacyAlertTitleColor;
@property (nonatomic, strong, nullable) UIFont *privacyAlertTitleFont;
@property (nonatomic, copy, nullable) NSString *privacyAlertPreText;
@property (nonatomic, copy, nullable) NSString *privacyAlertSufText;
@property (nonatomic, copy, nullable) NSArray<UIColor *> *privacyAlertContentColors;
@property (nonatomic, strong, nullable) UIFont *privacyAlertContentFont;
@property (nonatomic, assign) NSTextAlignment privacyAlertContentAlignment;
@property (nonatomic, copy, nullable) NSString *privacyAlertBtnContent;
@property (nonatomic, copy, nullable) NSArray<UIColor *> *privacyAlertButtonTextColors;
@property (nonatomic, copy, nullable) NSArray<UIImage *> *privacyAlertBtnBackgroundImages;
@property (nonatomic, copy, nullable) NSArray<NSNumber *> *privacyAlertCornerRadiusArray;
@property (nonatomic, strong, nullable) UIColor *privacyAlertBackgroundColor;
@property (nonatomic, assign) BOOL privacyAlertMaskIsNeedShow;
@property (nonatomic, strong, nullable) UIColor *privacyAlertMaskColor;
@property (nonatomic, assign) CGFloat privacyAlertMaskAlpha;
@property (nonatomic, assign) BOOL tapPrivacyAlertMaskCloseAlert;
@property (nonatomic, assign) BOOL privacyAlertCloseButtonIsNeedShow;
@property (nonatomic, strong, nullable) UIImage *privacyAlertCloseButtonImage;
@property (nonatomic, copy, nullable) PNSBuildFrameBlock privacyAlertFrameBlock;
// Animations and orientation
@property (nonatomic, assign) PNSPresentationDirection presentDirection;
@property (nonatomic, assign) CGFloat animationDuration;
@property (nonatomic, strong, nullable) CAAnimation *entryAnimation;
@property (nonatomic, strong, nullable) CAAnimation *exitAnimation;
@property (nonatomic, assign) UIInterfaceOrientationMask supportedInterfaceOrientations;
@end
#pragma clang assume_nonnull end
