	# Visual attributes: each line is a class; its values replace each other. `=` joins
# synonyms (never a negative of each other). A class name starting with `*` needs no
# context; other attribute words must precede a noun or another attribute, or follow a
# copula (words.lex `copula`).
color: red, blue, green, yellow, orange, purple = violet, pink, brown, black, white, gray = grey, silver, gold = golden, beige = tan, teal = turquoise
material: wooden = wood, metal = metallic = steel = iron = aluminum, plastic, glass, stone = marble = granite, brick, leather, ceramic = porcelain, wicker, paper = cardboard, concrete = cement
size: small = tiny = miniature, large = big = huge = giant = enormous
length: long, short
shape: round = circular, square, triangular, rectangular, oval, heart-shaped
pattern: striped, checkered = plaid = checked, polka-dot = polka dot = dotted, floral = flowered, solid = plain
state: open, closed = shut
fill: empty, full
wetness: wet, dry
cleanliness: clean, dirty
age: old, new
age_person: young, elderly
*pose: sitting = seated, standing, lying = laying
*action: running, walking
weather: sunny, cloudy = overcast, rainy, snowy
