# Visual attributes: each line is a class whose values exclude each other (a thing that is
# one of them is none of the others); its values replace each other. `=` joins synonyms
# (never a negative of each other). A class name starting with `*` needs no context
# (poses and actions: "a man sitting"); other attribute words must precede a noun (or a
# word that stands where a noun does: "a blue phonebooth"), or another attribute, or
# follow a copula (words.lex `copula`). A form ending in `>CLASS` only matches when the
# next word belongs to words.lex class CLASS; a phrase found in several classes belongs to
# the first whose context holds (file order): the classes whose forms need a context come
# first (hair colours before colours, "a green field" is grassy, "a gray sky" cloudy).
hair_color: blond = blonde, dark>hairy = brunette>person = dark-haired>person = black>hairy = black-haired>person = brown>hairy = brown-haired>person, red>hairy = redheaded>person = red-haired>person = ginger>hairy, gray>hairy = grey>hairy = white>hairy = silver>hairy = gray-haired>person = grey-haired>person = white-haired>person
ground: grassy = grass-covered = green>groundy, sandy, snowy>groundy = snow-covered = snow covered, dirt>groundy = unpaved = muddy, paved, rocky
# Wooded ground is green, may be grassy, snowy or rocky too: only sand and paving exclude it.
woods: wooded = forested, sandy, paved
weather: sunny = clear>skyish, cloudy = overcast = gray>skyish = grey>skyish
# rain and snow come with clouds (never "a rainy day" -> "a grey day"), fog with either
precipitation: rainy, snowy
ripeness: ripe, unripe = green>fruity
color: red, blue, green, yellow, orange, purple = violet, pink, brown, black, white, gray = grey, silver, gold = golden, beige = tan, teal = turquoise
material: wooden = wood, metal = metallic = steel = iron = aluminum = stainless steel = stainless, plastic, glass, stone = marble = granite = rock, brick, leather, ceramic = porcelain, wicker, paper = cardboard, concrete = cement, rubber, straw, cloth = fabric, wool = woolen
size: small = tiny = miniature = little = mini, large = big = huge = giant = enormous = massive
height: tall, short>person
length: long, short
width: wide, narrow
depth: deep, shallow
thickness: thick, thin
shape: round = circular, square, triangular, rectangular, oval, heart-shaped
pattern: striped, checkered = plaid = checked, polka-dot = polka dot = dotted, floral = flowered, solid = plain
state: open, closed = shut
fill: empty, full
wetness: wet, dry
cleanliness: clean, dirty = messy
age_person: young, elderly = old>person = aged
age: old = vintage = antique, new = modern
light: lit = lighted = illuminated, unlit
brightness: dark = dim = dimly lit, bright = brightly lit = well lit = sunlit
temperature: hot, cold = iced = chilled
crowd: busy = crowded = packed, deserted = quiet
setting: indoor = inside, outdoor = outside
place_kind: urban = city>citied, rural = country
cooking: fried, grilled, boiled, baked, roasted, raw
food_state: sliced = cut = chopped = shredded = diced, whole
freshness: fresh, dried = wilted = rotten
variety: various = different = assorted = differing = mixed, identical = matching
flavor: chocolate, vanilla
realness: stuffed = plush, real
transparency: clear = transparent = see-through, opaque
paint: painted, unpainted
damage: broken = cracked = damaged, intact = unbroken
mood: happy = cheerful = joyful, sad = unhappy = upset, angry, surprised = shocked = startled
hair_length: long-haired, short-haired
# Issue 12: more families seen in captions with a human attribute swap.
sex: male, female
size_comparative: smaller, larger = bigger
decoration: decorated = ornate, undecorated
mounting: wall mounted = wall-mounted, freestanding = free-standing
colorfulness: colorful = multicolored = multi-colored = multi colored = rainbow = brightly colored, monochrome
condition: run down = run-down = rundown = dilapidated, renovated = restored
power: horse drawn = horse-drawn, motorized = motorised
tiers: multi-layer = multi-layered = multi-tiered = tiered, single-layer = single-tier
diet: vegetarian = vegan = meatless, meaty
lens: fish-eye = fisheye, telephoto
ball_height: high>ballish, low>ballish
side: left>sided, right>sided
quantity: many = numerous, few
dome: domed, flat-topped
attire: uniformed, casually dressed
currency: euro, dollar
*pose: sitting = seated, standing, lying = laying, kneeling
*pose_s: sits>after_pose, stands>after_pose, lies>after_pose = lays>after_pose, kneels>after_pose
*action: running, walking
*action_s: runs>after_pose, walks>after_pose
*hand_action: holding>det, throwing>det, kicking>det
*hand_action_s: holds>det, throws>det, kicks>det
*carry_action: riding>det, pushing>det, carrying>det, pulling>det
*carry_action_s: rides>det, pushes>det, carries>det, pulls>det
*food_action: eating>det, cutting>det, cooking>det
*food_action_s: eats>det, cuts>det, cooks>det
*animal_action: petting>det, feeding>det, washing>det
*animal_action_s: pets>det, feeds>det, washes>det
*expression: smiling = laughing, frowning, crying
# The light a scene is seen in, and its time of day.
*darkness: in the dark = in darkness, in bright light
# The side a picture is taken from, said as "a side view of" (never "a rear view mirror").
*view: overhead view of = aerial view of = top-down view of = overhead shot of, side view of = side shot of, front view of = front shot of, rear view of = rear shot of = back view of
*time_of_day: at night = at nighttime = during the night, during the day = in the daytime
