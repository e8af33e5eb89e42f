
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
vague: several, a few
quantifier_12: a dozen
# Nouns that are never counted (groups, units, views, time).
count_stop: group, bunch, lot, lots, couple, pair, pairs, dozen, variety, number, side, sides, view, picture, pictures, photo, photos, image, close-up, closeup, kind, kinds, type, types, piece, pieces, part, parts, way, time, times, day, days, year, years, hour, hours, minute, minutes, foot, feet, inch, inches, meter, meters, mile, miles, percent, degree, degrees, dollar, dollars, cent, cents, slice, slices, set, sets, row, rows, stack, stacks, pile, piles, herd, herds, flock, flocks, team, teams, crowd, crowds, line, lines, top, bottom, front, back, middle, end, other, others, shot, scene, order
agree_singular: is, was, has, does
agree_plural: are, were, have, do
there: there, here
# Small-object cues: before the noun (up to two attribute words between) ...
small_cue: small, tiny, little, miniature, distant, faraway, far-away, far off, far-off
# ... or right after it.
small_after: in the background, in the distance, far away, in the far distance, on the horizon, in the corner
# OCR: cues after which a word is read as written text, words that are skipped there,
# and the replacement vocabulary for written words.
ocr_cue: reads, reading, says, saying, written, labeled, labelled, titled, named
ocr_skip: the, a, an, that, which, with, on, in, of, to, is, are, and, it, its, this, sign, signs, word, words, text, letters, something, says, reads
ocr_words: stop, yield, exit, open, closed, sale, park, parking, slow, one way, no entry, welcome, hotel, cafe, bar, pizza, coffee, taxi, police, bus, school, bank, market, pharmacy, station, street, avenue, road, north, south, east, west, main, city, express, local, fresh, free, new, hot, cold, danger, caution, keep out, push, pull, enter, love, happy, birthday, home, fire, water, beer, wine, food, shop, store, center, church, airport, museum, library, park here, hospital, toilet, service, delta, united, america, london, paris, new york, boston, chicago, king, queen, star, sun, moon, ice, snow, go, wait, walk, dont walk, ahead, only, left, right, turn, lane, speed, limit
# Counterfactual: verbs in -ing that are nouns (never negated as actions), words that
# open a negatable `with` phrase, and possession verbs.
ing_nouns: building, buildings, ceiling, clothing, evening, morning, nothing, something, anything, everything, thing, things, ring, king, wedding, painting, paintings, drawing, drawings, railing, awning, icing, frosting, topping, toppings, pudding, string, wing, wings, spring, lightning, sibling, stuffing, dressing, seasoning, duckling, being, siding, ding, sing, bring, ping, bling, ceilings, kitchen, during, pudding, morning, ending, landing, opening, shopping, parking, swing
with_det: a, an, some, his, her, their, its
have: has, have
have_det: a, an, some, one

an_words: hour, hours, honest, honor, honour, heir, herb, 8, 11, 18, 80, 800, 8th
a_words: one, once, unicorn, uniform, unique, unit, united, universal, university, usb, used, user, useful, usual, utensil, utility, european, ewe, ukulele, urinal, u-turn, euro, eucalyptus
be_aux: is, are, was, were
# A spatial relation is left alone when one of these words follows within three words.
count_prep_stop: on, in, at, into, onto, inside, near, under, above, over, behind, beside, by, from, through, across, along, around, down, up, toward, towards, of, off, between, atop, underneath, beneath, outside, past
spatial_stop: each, side, sides, back, front, ground, floor, surface, water, air, shirt, shirts, jacket, suit, suits, dress, uniform, uniforms, coat, costume, gear, wetsuit, outfit, clothes, clothing, jeans, pants, shorts, sweater, hoodie, vest, attire, line, row, pairs, half, order, color, colors, motion, air, distance, background, foreground, middle, style, day, days, night, morning, afternoon, evening, display, sale, fire, purpose, time, way, phone, tv, television, screen, camera, vacation, trip, break, duty, board, foot, horseback, average
# Gendered person nouns: when an object edit turns one into the other and the sentence
# names no other gendered person, its pronouns follow (his -> her, she -> he, ...).
male: man, men, boy, boys, gentleman, gentlemen, guy, guys, father, fathers, king, kings, husband, son, sons, brother, brothers, policeman, policemen, groom
female: woman, women, girl, girls, lady, ladies, mother, mothers, queen, queens, wife, daughter, daughters, sister, sisters, policewoman, bride
# Things that carry written text: OCR may claim text on them ('a sign that says "EXIT"').
ocr_surface: sign, billboard, banner, poster, sticker, label, plaque, marquee, placard
# Counting: a sentence holding one of these after the counted noun needs more than one
# ("two cats cuddle next to each other" never becomes "a cat ...").
plural_only: each other, one another, together
