# Function-word classes used by the rules (one class per line; every class below is
# required; lines with the same class name add to it).
det: the, a, an, this, that, these, those, his, her, its, their, our, my, your, some, another, each, every
copula: is, are, was, were, be, been, being, looks, look, appears, appear, seems, seem
# Words after which an object noun may stand (besides attributes, numbers and `det`).
noun_left: of, with, on, in, at, by, near, under, above, behind, beside, from, to, for, and, or, into, onto, over, inside, outside, without, like, two, three, four, five, several, many, few, some, no
# Counting. `number` values are written number words 1..20; `quantifier` forms carry a
# count (`a pair of` = 2).
number: one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty
quantifier_1: a, an, one, a single
quantifier_2: a pair of, a couple of, two, both
quantifier_3: three
vague: several, a few, some
quantifier_12: a dozen
# Nouns that are never counted (groups, units, views, time, events: "takes a nap", "goes
# for a walk"; "a body of water"; the parts of a body that come in pairs: "a hand holding
# a bottle" -> "two hands" may be true), nor swapped or given a count
# as a phrase of their own (the indefinite pronouns: "someone", "something").
count_stop: group, bunch, lot, lots, couple, pair, pairs, dozen, variety, number, side, sides, view, picture, pictures, photo, photos, image, close-up, closeup, kind, kinds, type, types, piece, pieces, sort, sorts, part, parts, way, time, times, day, days, year, years, hour, hours, minute, minutes, foot, feet, inch, inches, meter, meters, mile, miles, percent, degree, degrees, dollar, dollars, cent, cents, slice, slices, set, sets, row, rows, stack, stacks, pile, piles, herd, herds, flock, flocks, team, teams, crowd, crowds, line, lines, top, bottom, front, back, middle, end, other, others, shot, scene, order, daytime, nighttime, night, nights, background, foreground, distance, daylight, sunlight, sunset, sunrise, dusk, dawn, weather, sky, skies, air, someone, somebody, something, anyone, anybody, anything, everyone, everybody, everything, nobody, nothing, nap, naps, walk, walks, stroll, break, breaks, rest, look, looks, glance, bite, bites, sip, trip, trips, swim, turn, turns, try, body, bodies, hand, hands, arm, arms, leg, legs, eye, eyes, ear, ears
agree_singular: is, was, has, does
agree_plural: are, were, have, do
there: there, here
# Small-object cues: before the noun (up to two attribute words between) ...
small_cue: small, tiny, little, miniature, distant, faraway, far-away, far off, far-off
# ... or right after it.
small_after: in the background, in the distance, far away, in the far distance, on the horizon, in the corner
# OCR: cues after which a word is read as written text, words that are skipped there,
# and the replacement vocabulary for written words.
ocr_cue: reads, says, saying, written, labeled, labelled, titled, spelling, spells
ocr_skip: the, a, an, that, which, with, on, in, of, to, is, are, and, it, its, this, sign, signs, word, words, text, letters, something, says, reads, almost, about, nearly, just, only, approximately, around, over, under, across, along, below, above, at, by, for, from, into, onto, out, up, down, very, so, something, anything, nothing, what, how, when, where, who, why, inside, outside, behind, beside, near, next, underneath, beneath, between, through, against, atop, upon, within, toward, towards, off
ocr_words: stop, yield, exit, open, closed, sale, park, parking, slow, one way, no entry, welcome, hotel, cafe, bar, pizza, coffee, taxi, police, bus, school, bank, market, pharmacy, station, street, avenue, road, north, south, east, west, main, city, express, local, fresh, free, new, hot, cold, danger, caution, keep out, push, pull, enter, love, happy, birthday, home, fire, water, beer, wine, food, shop, store, center, church, airport, museum, library, park here, hospital, toilet, service, delta, united, america, london, paris, new york, boston, chicago, king, queen, star, sun, moon, ice, snow, go, wait, walk, dont walk, ahead, only, left, right, turn, lane, speed, limit
# Counterfactual: verbs in -ing that are nouns (never negated as actions), words that
# open a negatable `with` phrase, and possession verbs.
ing_nouns: building, buildings, ceiling, clothing, evening, morning, nothing, something, anything, everything, thing, things, ring, king, wedding, painting, paintings, drawing, drawings, railing, awning, icing, frosting, topping, toppings, pudding, string, wing, wings, spring, lightning, sibling, stuffing, dressing, seasoning, duckling, being, siding, ding, sing, bring, ping, bling, ceilings, kitchen, during, pudding, morning, ending, landing, opening, shopping, parking, swing, flooring, writing, lettering, bedding, seating, lighting, carving, clothing, housing, fencing, netting, wiring, piping, plumbing, scaffolding
with_det: a, an, his, her, their, its
have: has, have
have_det: a, an, some, one

an_words: hour, hours, honest, honor, honour, heir, herb, 8, 11, 18, 80, 800, 8th
a_words: one, once, unicorn, uniform, unique, unit, united, universal, university, usb, used, user, useful, usual, utensil, utility, european, ewe, ukulele, urinal, u-turn, euro, eucalyptus
be_aux: is, are, was, were
# A spatial relation is left alone when one of these words follows within three words.
count_prep_stop: on, in, at, into, onto, inside, near, under, above, over, behind, beside, by, from, through, across, along, around, down, up, toward, towards, of, off, between, atop, underneath, beneath, outside, past
spatial_stop: shot, shots, photo, photos, photograph, photographs, picture, pictures, image, images, snapshot, league, focus, shirt, shirts, jacket, suit, suits, dress, uniform, uniforms, coat, costume, gear, wetsuit, outfit, clothes, clothing, jeans, pants, shorts, sweater, hoodie, vest, attire, line, row, pairs, half, order, color, colors, motion, air, distance, background, foreground, middle, style, day, days, night, morning, afternoon, evening, display, sale, fire, purpose, time, way, vacation, trip, break, duty, board, foot, horseback, average, direction, directions
# ... and the landmarks where only some relations make a false caption that reads well:
# a relation of class C is left alone before a word of spatial_stop_C ("on the floor" has
# no "under the floor", but "near the water" has "far from the water").
spatial_stop_position: tv, television, screen, camera, phone, each, side, sides, back, front, ground, floor, surface, water, air, sky, skies, top, bottom, edge, umbrella, umbrellas, parasol, parasols, canopy, canopies, awning, awnings, shade
# (what people sit or stand under, a canopy, is beside them too: "under an umbrella" has no
# "next to an umbrella"; "under the shade of" has no "on the shade of")
spatial_stop_front_back: each, side, sides, back, front, air, sky, skies, top, bottom, edge
spatial_stop_containment: tv, television, screen, camera, phone, each, side, sides, back, front, ground, floor, surface, air, sky, skies, top, bottom, edge
spatial_stop_vertical: each, ground, floor, surface, water, air, sky, skies
spatial_stop_contact: sky, skies, background, backdrop
spatial_stop_rear: each, side, sides
spatial_stop_motion: air, sky, skies
spatial_stop_middle: renovation, construction, game, match, race, storm, conversation, meal, play, performance, trick, jump, turn, swing, process, project, preparing
spatial_stop_slope: street, streets, road, roads, city, sidewalk, sidewalks, track, tracks, rail, rails, railroad, beach, river, path, paths, trail, walkway, runway, canal, lane, avenue, highway, hallway, aisle, block, side, middle, line, field, way, each
# Spatial: the words after which "up" is a relation ("up a hill"), not a particle ("pick up").
uphill: hill, hills, slope, slopes, mountain, mountains, mountainside, stairs, staircase, stairway, steps, ramp, ladder, tree
# Gendered person nouns: when an object edit turns one into the other and the sentence
# names no other gendered person, its pronouns follow (his -> her, she -> he, ...).
male: man, men, boy, boys, gentleman, gentlemen, guy, guys, father, fathers, king, kings, husband, son, sons, brother, brothers, policeman, policemen, groom
female: woman, women, girl, girls, lady, ladies, mother, mothers, queen, queens, wife, daughter, daughters, sister, sisters, policewoman, bride
# Things that carry written text: OCR may claim text on them ('a sign that says "EXIT"').
ocr_surface: sign, billboard, banner, poster, sticker, label, plaque, marquee, placard
# Counting: a sentence holding one of these after the counted noun needs more than one
# ("two cats cuddle next to each other" never becomes "a cat ...", nor "two men each
# holding", "as one of them throws", "while the other stands", "three different cats",
# "while one is playing").
plural_only: each other, one another, together, both, each, of them, the other, side by side, different, one is, one was, one has, one holding, opposite directions, opposite ways
# Agreement: the words that start a phrase between a counted noun and its verb ("a woman
# with a red umbrella is walking", "a man wearing a hat walks").
pp_start: with, in, on, of, at, near, by, from, under, behind, beside, inside, outside, wearing, holding, carrying
# Attribute contexts (`>CLASS` in attributes.lex): hair words, ground words, sky words,
# fruit words, person words, what follows a pose verb ("sits on"), and nouns after which
# an attribute word says no property of a thing ("a little bit", "a whole lot").
# ... and the shots a ball is hit, thrown or kicked in ("a high ball", "a low pitch").
# ... and what is left or right of something ("his left hand", "the right lane").
sided: hand, hands, arm, arms, leg, legs, foot, feet, ear, ears, eye, eyes, shoulder, shoulders, wrist, knee, knees, elbow, cheek, glove, gloves, shoe, boot, sock, side, lane, turn, arrow, corner, wing, half, page
# ... and what a city has that the country has too ("a city street" -> "a rural street").
citied: street, streets, road, roads, block, blocks, sidewalk, sidewalks, intersection, intersections, corner, square, park, traffic, skyline, scene, area, neighborhood
ballish: ball, balls, shot, shots, pitch, pitches, throw, kick, serve, volley, lob
hairy: hair, hairs, beard, beards, mustache, mustaches, moustache, ponytail, ponytails, pigtails, braids, curls, hairdo, hairstyle, bangs
groundy: field, fields, area, areas, hill, hills, hillside, slope, slopes, yard, road, roads, path, paths, trail, trails, lot, ground, terrain, pasture, pastures, meadow, meadows, plain, plains, lawn, lawns, park, track, tracks, street, streets, lane, driveway, ground, mountainside, countryside
skyish: sky, skies, day, days, weather, morning, afternoon, evening
fruity: banana, bananas, tomato, tomatoes, apple, apples, pear, pears, pepper, peppers, plantain, plantains, mango, mangoes, orange, oranges, lemon, lemons
person: man, men, woman, women, boy, boys, girl, girls, person, people, guy, guys, lady, ladies, child, children, kid, kids, player, players, gentleman, gentlemen, baby, babies, toddler, toddlers, teenager, teenagers, adult, adults, couple, family, friends, skier, skiers, surfer, surfers, skateboarder, skateboarders, rider, riders, chef, chefs, worker, workers, officer, officers, soldier, soldiers, athlete, athletes, father, mother, son, daughter, brother, sister, husband, wife, bride, groom, student, students, tourist, tourists, fan, fans, crowd
# Words that say a person's skin when they stand right before a person word: neither
# attributes to replace there nor to move onto a person ("a white man").
skin: white, black, brown, dark, light, pale, tan, yellow, red, asian, african, caucasian
after_pose: on, in, at, by, near, next, beside, under, inside, outside, behind, atop, above, over, with, alone, beneath, underneath, against, around, along, across, between, among, up, down, still, together, there, here, close, in front, toward, towards, through, into, onto, upon
attr_stop: bit, bits, lot, lots, while, deal, number, amount, variety, screen
# Spatial: relations that stand without a landmark ("the cat is outside"); pronouns that
# are a landmark ("next to it"); words after which "by" names who did something, not
# where ("pulled by a horse").
# Forms written only where no landmark follows ("the cat is on top.").
# Objects: rooms whose fixtures a caption need not name (place_fixture holds "ROOM VALUE",
# ROOM in fixture_place, VALUE an objects.lex value's first form): an object in a sentence
# that names the room is never replaced by one of its fixtures ("a small refrigerator in a
# small kitchen" -> "a small sink" may be true of a kitchen, which has one).
fixture_place: kitchen, bathroom, restroom, bedroom
place_fixture: kitchen sink, kitchen oven, kitchen refrigerator, kitchen microwave, kitchen toaster, kitchen dishwasher, kitchen cabinet, kitchen counter, kitchen table, kitchen chair, kitchen stool, kitchen window, kitchen door, bathroom toilet, bathroom sink, bathroom mirror, bathroom shower, bathroom bathtub, bathroom towel, bathroom cabinet, bathroom counter, bathroom window, bathroom door, bathroom rug, bathroom curtain, restroom toilet, restroom sink, restroom mirror, bedroom bed, bedroom pillow, bedroom blanket, bedroom lamp, bedroom window, bedroom door, bedroom curtain, bedroom rug, bedroom chair, bedroom desk, bedroom table, bedroom mirror, bedroom tv
alone_only: on top, in the middle, on the side
# Spatial: forms read in captions but never written in place of another relation: "onto"
# needs a verb of motion before it ("a bench sitting onto a tree" is no English).
spatial_read_only: onto
# Spatial: large places and ways, where "on" and "next to" are read loosely ("people
# standing on a beach" -> "next to a beach", "a man on a horse next to the mountains" ->
# "on the mountains", "a bus parked on a street" -> "next to a street" may be true): before
# one, those values never replace each other ("under" still replaces both). Values by
# their first form.
spatial_loose_place: beach, beaches, shore, shoreline, coast, mountain, mountains, hill, hills, hillside, plains, field, fields, meadow, pasture, desert, street, streets, road, roads, highway, sidewalk, sidewalks
spatial_loose_values: on, next to
spatial_alone: on its back, on his back, on her back, on their back, on its front, on his front, on her front, on their front, in the middle, on the side, inside, outside, upstairs, downstairs, the left, the right, the top, the bottom, left side, right side, left hand, right hand, on top, underneath, beneath, behind, above, below, nearby
landmark_pron: it, them, him, her, me, us, you, itself, themselves, himself, herself, each other, one another
# The words a landmark starts with where a short relation needs one to be a relation
# ("on>landmark_start": "on a table", "on it"; not "on display", "turned on").
landmark_start: the, a, an, this, that, these, those, his, her, its, their, our, my, your, some, another, each, every, it, them, him, me, us, you, two, three, four, five, six, seven, eight, nine, ten, several, many, both, one, all, other
agent: made, held, driven, drawn, taken, ridden, eaten, built, seen, shown, caught, led, owned, written, worn, thrown, struck, beaten, shaken, torn, sewn, spun, painted, operated, surrounded, covered, pulled, pushed, carried, followed, guided, flanked, lined, framed, accompanied, watched, chased, topped, crossed, decorated, filled, powered, occupied, displayed, served, protected, blocked, hidden, shaded, obscured, dwarfed, overlooked, bordered
# Binding: the attribute classes whose only attribute of a noun may move to another noun
# ("a black cat in a sink" -> "a cat in a black sink"): what they say of the new noun is
# seen, not a default state ("a dry zebra", "a green field" would often still be true).
movable: color, material, pattern, shape
# ... except the colours most things may have, which never move ("a bird perched on a brown
# branch" -> "a brown bird", "a brown fence", "a brown pizza" are often true); values by
# their first form.
never_moved: brown, gray, silver, beige
# Binding: attribute classes said only of some kinds of things, which never swap with an
# attribute of another class ("two male skateboarders on a paved slope" never gives "two
# paved skateboarders on a male slope"). Also quantity: "many" and "few" stand only before
# a plural with no number or article ("two large giraffes near many rocks" never gives
# "two many giraffes").
kind_bound: quantity, sex, hair_color, hair_length, ground, woods, weather, ripeness, age_person, place_kind, mood, diet, lens, attire, currency, power, tiers, mounting, ball_height
# Binding: words that refer back to a number of things; a count swap is refused when one
# follows the first count in its sentence ("two men near a table, one playing", "two
# toothbrushes each in a glass", "a plate of food with some eggs on it").
count_refs: it, its, itself, they, them, their, themselves, one, each, both, different, either, neither, another
# ... except "it" right after a preposition right after the second count's noun, when a
# noun stands right before one of these words right before the first count: "it" is that
# noun, which the swap leaves alone ("a desk with two monitors and a laptop on it", "the
# desk has two monitors and one laptop on it").
count_container: with, has, have, holds, holding, contains, containing, topped with, filled with, loaded with
# Binding: the prepositions of a place things are on or in, from and to which "several"
# or "some" never moves in a count swap ("some pancakes stacked on a plate" never gives
# "a pancake stacked on some plates"; "near several trees" may swap).
vague_swap_stop: on, onto, upon, atop, in, into, inside, within, at
# Binding: words that relate two things the same way both ways ("a cat next to a dog" is
# "a dog next to a cat"): a swap across one of them says nothing new.
symmetric: with, and, or, nor, plus, next to, beside, near, by, alongside, across from, opposite, close to, adjacent to, together with, as well as, among, between, along with
# Binding: what, said right after the second of two noun phrases, is said of it alone, so
# that a swap across a symmetric "with", "by" or "next to" is false ("a man with a dog in
# the background" is not "a dog with a man in the background"); a verb in -ing there does
# the same ("a woman holding a cup with a man looking on"). Not a symmetric relation to
# the first ("next to it", "beside it": "a laptop with a mouse beside it" is "a mouse with
# a laptop beside it").
owned_after: in the background, in the foreground, on top, on it, on them, on top of it, behind it, behind them, behind him, behind her, in front of it, in front of them, under it, inside it
# Binding: the words right before a count after which no count swaps in: those that need
# several ("between two doors" never gives "between a door") and groups and containers
# ("a herd of three horses" never "a herd of a horse", "a bowl of two apples" never "two
# bowls of an apple"). Other counts after a preposition swap, except onto a place (words
# not_small: "in a city" never becomes "in several cities"), unless after "of" ("in
# front of two buildings").
count_swap_stop: between, among, amongst, herd of, herds of, flock of, group of, groups of, bunch of, pack of, team of, crowd of, line of, row of, rows of, stack of, pile of, set of, pair of, couple of, collection of, fleet of, plate of, plates of, bowl of, bowls of, box of, boxes of, tray of, basket of, cup of, glass of, bag of, bottle of, jar of, slice of, piece of, pieces of, lot of, lots of, number of, variety of, assortment of, dozen of, handful of, kind of, type of, sort of, full of, made of, out of, one of, some of, each of, all of, both of, none of
# Agreement of the fluency check: determiners of one thing, and of several.
det_singular: a, an, one, another, each, every, this, single
det_plural: two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, these, those, several, many, both, few, multiple, various, numerous
# Small objects: places, which are never small objects however small ("a small kitchen").
not_small: kitchen, kitchens, bathroom, bathrooms, bedroom, bedrooms, living room, living rooms, office, offices, garage, garages, room, rooms, house, houses, home, homes, church, churches, building, buildings, barn, barns, tower, towers, field, fields, park, parks, beach, beaches, forest, forests, desert, deserts, mountain, mountains, hill, hills, lake, lakes, pond, ponds, river, rivers, stream, streams, ocean, oceans, sea, seas, street, streets, road, roads, town, towns, city, cities, village, villages, area, areas, yard, yards, airport, airports, station, stations, restaurant, restaurants, store, stores, market, markets, shop, shops, island, islands, sidewalk, sidewalks, lot, parking lot, parking lots, slope, slopes, runway, runways, court, courts, zoo, zoos, pasture, pastures, meadow, meadows, lawn, lawns, alley, alleys, highway, highways, intersection, intersections, plaza, plazas, countryside, neighborhood, neighborhoods, floor, floors, ground, grass, snow, sand, dirt, path, paths, trail, trails, track, tracks, walkway, pathway, lane, driveway, pavement
# Words before a noun that no lexicon knows but that say no property of a thing: a noun
# phrase never takes them as a modifier of its noun ("the same direction", "the other side").
modifier_stop: same, other, own, whole, entire, only, next, last, first, second, third, fourth, fifth, main, certain, such, more, most, much, many, few, half, quarter, top, bottom, rest, kind, lot, bit, couple, pair, number, variety, outside, inside, front, back, middle, edge, corner, side, end, part, level, close, far, near, distant, various, usual, typical, particular, entire, total, real, actual, possible, likely, extra, additional
# Words after a pose or action verb that make a phrasal verb of it ("kneeling down",
# "holding up"): no other pose or action stands there ("standing down", "throwing up");
# and no attribute before one swaps ("lit up", "cut up": "a tall up clock").
particle: down, up
# Attribute classes said only of a person or an animal (class names, "_" read as a space):
# a thing "sitting" on a table is also "laying" there.
subject_animate: pose, pose s
# Persons and animals that words_animate.lex (generated from WordNet first senses) lacks.
animate: animal, animals, sheep, creature, creatures, pet, pets, livestock
