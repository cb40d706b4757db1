package amity.cli;

import amity.render.ColorChoice;

/** The --color names: auto, always, never. */
final class ColorConverter extends LowerCaseNames<ColorChoice> {
    ColorConverter() {
        super(ColorChoice.class, "a --color choice");
    }
}
