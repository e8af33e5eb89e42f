"""Pixels of a scene: each kind is a small icon of Pillow primitives in its unit box.

Icons are drawn at SS times the image size and box-filtered down (anti-aliasing), then
sign words are written pixel-exact in a 3x5 bitmap font (one pixel per font pixel up to
127 px, then scaled), so OCR is possible at 64 px and nothing depends on system fonts.
"""

import math

from PIL import Image, ImageDraw

from . import vocab

SS = 4                          # supersampling factor
BACKGROUND = (214, 210, 196)    # light warm gray: no palette colour, white and gray stay visible
OUTLINE = (28, 28, 28)
WHEEL = (40, 40, 40)
TRUNK = (105, 66, 34)
GLASS = (205, 228, 250)
STEM = (40, 125, 40)

# 3x5 glyphs, rows top to bottom, bits left to right.
FONT = {
    "A": "010101111101101", "B": "110101110101110", "C": "011100100100011", "D": "110101101101110",
    "E": "111100110100111", "F": "111100110100100", "G": "011100101101011", "H": "101101111101101",
    "I": "111010010010111", "J": "001001001101010", "K": "101101110101101", "L": "100100100100111",
    "M": "101111101101101", "N": "110101101101101", "O": "010101101101010", "P": "110101110100100",
    "Q": "010101101110011", "R": "110101110101101", "S": "011100010001110", "T": "111010010010010",
    "U": "101101101101111", "V": "101101101101010", "W": "101101101111101", "X": "101101010101101",
    "Y": "101101010010010", "Z": "111001010100111",
}


def _shade(rgb, f):
    return tuple(int(max(0, min(255, c * f))) for c in rgb)


def _roles(color):
    main = vocab.COLORS[color]
    dark = (95, 95, 95) if color == "black" else _shade(main, 0.6)
    outline = (110, 110, 110) if color == "black" else OUTLINE
    return {"main": main, "dark": dark, "outline": outline, "wheel": WHEEL if color != "black" else (90, 90, 90),
            "trunk": TRUNK if color != "brown" else (70, 45, 25), "glass": GLASS, "stem": STEM,
            "white": (250, 250, 250), "gray": (120, 120, 120),
            "beak": (245, 160, 20) if color not in ("orange", "yellow") else (200, 90, 20),
            "center": (250, 215, 40) if color != "yellow" else (150, 90, 30)}


def _banana():
    pts = []
    for t in range(21):
        a = math.radians(15 + 150 * t / 20)
        pts.append((0.5 + 0.5 * math.cos(a), -0.05 + 1.0 * math.sin(a)))
    for t in range(20, -1, -1):
        a = math.radians(25 + 130 * t / 20)
        pts.append((0.5 + 0.42 * math.cos(a), -0.2 + 0.85 * math.sin(a)))
    return pts


def _petals():
    out = []
    for k in range(5):
        a = 2 * math.pi * k / 5 - math.pi / 2
        cx, cy = 0.5 + 0.24 * math.cos(a), 0.3 + 0.2 * math.sin(a)
        out.append(("ellipse", (cx - 0.2, cy - 0.15, cx + 0.2, cy + 0.15), "main"))
    return out


# kind -> list of (primitive, geometry in the unit box, colour role[, width]).
ICONS = {
    "ball": [("ellipse", (0, 0, 1, 1), "main")],
    "balloon": [("line", ((0.5, 0.72), (0.42, 1.0)), "gray", 0.05),
                ("ellipse", (0.05, 0, 0.95, 0.78), "main"),
                ("polygon", ((0.44, 0.8), (0.5, 0.74), (0.56, 0.8)), "main")],
    "kite": [("line", ((0.5, 0.8), (0.62, 1.0)), "gray", 0.05),
             ("polygon", ((0.5, 0), (0.95, 0.35), (0.5, 0.82), (0.05, 0.35)), "main"),
             ("line", ((0.5, 0.05), (0.5, 0.78)), "dark", 0.05), ("line", ((0.1, 0.35), (0.9, 0.35)), "dark", 0.05)],
    "cup": [("ellipse", (0.6, 0.25, 1.0, 0.7), "main"), ("ellipse", (0.7, 0.37, 0.88, 0.58), "bg"),
            ("polygon", ((0.05, 0.08), (0.78, 0.08), (0.7, 0.98), (0.13, 0.98)), "main")],
    "bottle": [("rectangle", (0.36, 0.0, 0.64, 0.32), "main"), ("rectangle", (0.33, 0.0, 0.67, 0.08), "dark"),
               ("rounded", (0.05, 0.26, 0.95, 1.0), "main")],
    "bowl": [("chord", (0.0, -0.75, 1.0, 1.0), "main"), ("line", ((0.02, 0.14), (0.98, 0.14)), "dark", 0.08)],
    "apple": [("line", ((0.5, 0.28), (0.56, 0.02)), "trunk", 0.08), ("ellipse", (0.56, 0.02, 0.88, 0.2), "stem"),
              ("ellipse", (0.04, 0.2, 0.96, 1.0), "main")],
    "banana": [("polygon", tuple(_banana()), "main")],
    "tree": [("rectangle", (0.4, 0.55, 0.6, 1.0), "trunk"), ("ellipse", (0.0, 0.0, 1.0, 0.72), "main")],
    "flower": [("line", ((0.5, 0.45), (0.5, 1.0)), "stem", 0.08), ("ellipse", (0.5, 0.65, 0.85, 0.8), "stem")]
    + _petals() + [("ellipse", (0.38, 0.2, 0.62, 0.4), "center")],
    "car": [("polygon", ((0.2, 0.42), (0.32, 0.08), (0.7, 0.08), (0.84, 0.42)), "main"),
            ("polygon", ((0.3, 0.4), (0.38, 0.16), (0.64, 0.16), (0.74, 0.4)), "glass"),
            ("rounded", (0.0, 0.38, 1.0, 0.8), "main"),
            ("ellipse", (0.1, 0.6, 0.36, 1.0), "wheel"), ("ellipse", (0.64, 0.6, 0.9, 1.0), "wheel")],
    "truck": [("rectangle", (0.0, 0.02, 0.62, 0.78), "main"), ("rectangle", (0.64, 0.3, 1.0, 0.78), "main"),
              ("rectangle", (0.72, 0.37, 0.94, 0.55), "glass"),
              ("ellipse", (0.06, 0.6, 0.3, 1.0), "wheel"), ("ellipse", (0.7, 0.6, 0.94, 1.0), "wheel")],
    "bus": [("rounded", (0.0, 0.03, 1.0, 0.84), "main")]
    + [("rectangle", (0.05 + 0.155 * k, 0.14, 0.16 + 0.155 * k, 0.42), "glass") for k in range(6)]
    + [("ellipse", (0.1, 0.66, 0.28, 1.0), "wheel"), ("ellipse", (0.72, 0.66, 0.9, 1.0), "wheel")],
    "house": [("rectangle", (0.1, 0.45, 0.9, 1.0), "main"), ("polygon", ((0.0, 0.5), (0.5, 0.0), (1.0, 0.5)), "dark"),
              ("rectangle", (0.42, 0.66, 0.6, 1.0), "trunk"), ("rectangle", (0.18, 0.58, 0.34, 0.74), "glass")],
    "chair": [("rectangle", (0.1, 0.0, 0.3, 0.6), "main"), ("rectangle", (0.1, 0.48, 0.92, 0.64), "main"),
              ("rectangle", (0.1, 0.6, 0.22, 1.0), "main"), ("rectangle", (0.8, 0.6, 0.92, 1.0), "main")],
    "table": [("rectangle", (0.0, 0.0, 1.0, 0.2), "main"), ("rectangle", (0.07, 0.16, 0.17, 1.0), "main"),
              ("rectangle", (0.83, 0.16, 0.93, 1.0), "main")],
    "box": [("rectangle", (0.0, 0.14, 1.0, 1.0), "main"), ("rectangle", (0.0, 0.0, 1.0, 0.24), "dark"),
            ("rectangle", (0.44, 0.24, 0.56, 1.0), "dark")],
    "book": [("polygon", ((0.0, 0.12), (0.5, 0.26), (1.0, 0.12), (1.0, 0.92), (0.5, 1.0), (0.0, 0.92)), "main"),
             ("polygon", ((0.06, 0.06), (0.5, 0.18), (0.5, 0.88), (0.06, 0.78)), "white"),
             ("polygon", ((0.5, 0.18), (0.94, 0.06), (0.94, 0.78), (0.5, 0.88)), "white")],
    "dog": [("line", ((0.2, 0.45), (0.02, 0.22)), "main", 0.1),
            ("rectangle", (0.22, 0.6, 0.33, 1.0), "main"), ("rectangle", (0.58, 0.6, 0.69, 1.0), "main"),
            ("ellipse", (0.14, 0.34, 0.8, 0.76), "main"), ("ellipse", (0.6, 0.08, 0.98, 0.46), "main"),
            ("ellipse", (0.6, 0.12, 0.72, 0.5), "dark")],
    "cat": [("line", ((0.14, 0.56), (0.04, 0.12)), "main", 0.09),
            ("rectangle", (0.2, 0.66, 0.3, 1.0), "main"), ("rectangle", (0.55, 0.66, 0.65, 1.0), "main"),
            ("ellipse", (0.1, 0.4, 0.75, 0.82), "main"),
            ("polygon", ((0.6, 0.28), (0.64, 0.0), (0.76, 0.2)), "main"),
            ("polygon", ((0.8, 0.2), (0.92, 0.0), (0.95, 0.28)), "main"),
            ("ellipse", (0.58, 0.14, 0.97, 0.52), "main")],
    "rabbit": [("ellipse", (0.5, 0.0, 0.66, 0.42), "main"), ("ellipse", (0.7, 0.0, 0.86, 0.42), "main"),
               ("ellipse", (0.05, 0.45, 0.8, 1.0), "main"), ("ellipse", (0.45, 0.28, 0.95, 0.66), "main"),
               ("ellipse", (0.0, 0.58, 0.2, 0.8), "white")],
    "bird": [("polygon", ((0.15, 0.45), (0.0, 0.3), (0.0, 0.72)), "main"),
             ("ellipse", (0.08, 0.28, 0.76, 0.86), "main"), ("ellipse", (0.55, 0.08, 0.9, 0.46), "main"),
             ("polygon", ((0.88, 0.2), (1.0, 0.3), (0.88, 0.38)), "beak"), ("ellipse", (0.2, 0.42, 0.55, 0.66), "dark")],
    vocab.SIGN: [("rectangle", (0.44, 0.55, 0.56, 1.0), "gray"), ("rectangle", (0.0, 0.0, 1.0, 0.62), "main")],
}


def _to_px(box, u, v, scale):
    x0, y0, x1, y1 = box
    return ((x0 + u * (x1 - x0)) * scale, (y0 + v * (y1 - y0)) * scale)


def _draw_icon(draw, obj, scale):
    roles = _roles(obj.color)
    roles["bg"] = BACKGROUND
    side_px = min(obj.box[2] - obj.box[0], obj.box[3] - obj.box[1]) * scale / SS
    ow = SS if side_px >= 8 else max(1, SS // 2)   # 1 image pixel of outline, half for tiny things
    w_px = (obj.box[2] - obj.box[0]) * scale
    for prim in ICONS[obj.kind]:
        kind, geom, role = prim[0], prim[1], prim[2]
        fill = roles[role]
        if kind == "line":
            pts = [_to_px(obj.box, u, v, scale) for u, v in geom]
            draw.line(pts, fill=fill, width=max(1, int(prim[3] * w_px)))
            continue
        if kind == "polygon":
            pts = [_to_px(obj.box, u, v, scale) for u, v in geom]
            draw.polygon(pts, fill=fill, outline=roles["outline"], width=ow)
            continue
        (ax, ay), (bx, by) = _to_px(obj.box, geom[0], geom[1], scale), _to_px(obj.box, geom[2], geom[3], scale)
        rect = (ax, ay, bx, by)
        if kind == "ellipse":
            draw.ellipse(rect, fill=fill, outline=roles["outline"], width=ow)
        elif kind == "rectangle":
            draw.rectangle(rect, fill=fill, outline=roles["outline"], width=ow)
        elif kind == "rounded":
            draw.rounded_rectangle(rect, radius=0.2 * min(bx - ax, by - ay), fill=fill, outline=roles["outline"],
                                   width=ow)
        elif kind == "chord":
            draw.chord(rect, 0, 180, fill=fill, outline=roles["outline"], width=ow)
        else:  # pragma: no cover - a typo in ICONS
            raise ValueError(kind)


def _draw_text(img, obj, size):
    """The sign's word centred on its board, one font pixel = `px` image pixels."""
    px = max(1, size // 128)
    board = (obj.box[0] * size, obj.box[1] * size, obj.box[2] * size, (obj.box[1] + 0.62 * (obj.box[3] - obj.box[1])) * size)
    word = obj.text.upper()
    tw, th = (4 * len(word) - 1) * px, 5 * px
    x0 = int(round((board[0] + board[2] - tw) / 2))
    y0 = int(round((board[1] + board[3] - th) / 2))
    light = sum(vocab.COLORS[obj.color]) > 400
    ink = (15, 15, 15) if light else (250, 250, 250)
    pix = img.load()
    for k, ch in enumerate(word):
        glyph = FONT.get(ch)
        if glyph is None:
            continue
        for r in range(5):
            for c in range(3):
                if glyph[r * 3 + c] == "1":
                    for dy in range(px):
                        for dx in range(px):
                            x, y = x0 + (4 * k + c) * px + dx, y0 + r * px + dy
                            if 0 <= x < size and 0 <= y < size:
                                pix[x, y] = ink


def render(scene, size=64):
    """RGB PIL image of the scene, size x size pixels."""
    if not isinstance(size, int) or size < 16 or size > 2048:
        raise ValueError(f"size must be an int in [16, 2048], got {size!r}")
    big = size * SS
    img = Image.new("RGB", (big, big), BACKGROUND)
    draw = ImageDraw.Draw(img)
    for obj in scene.objects:
        _draw_icon(draw, obj, big)
    img = img.resize((size, size), Image.Resampling.BOX)
    for obj in scene.objects:
        if obj.kind == vocab.SIGN and obj.text:
            _draw_text(img, obj, size)
    return img
