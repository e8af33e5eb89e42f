# Spatial relations (tldr perturbation lexicon; format in docs/perturbation.md).
# Each line is a class of relations that describe visibly different layouts; `=` joins
# synonyms of one value, which never replace each other. The first form of a value is the
# one written. A form ending in `>CLASS` only matches when the next word belongs to CLASS
# (words.lex). A phrase found in several classes belongs to the first (file order).
horizontal: the left = left side = left hand = left-hand, the right = right side = right hand = right-hand
position: on>det = onto>det = on top of = atop = upon>det, under>det = underneath = beneath = below, next to = beside = near = close to = by>det = alongside, behind = in back of, in front of = ahead of, above = over>det, far from = far away from = away from
containment: inside = inside of = within = in>det, outside = outside of = out of>det, next to>det
direction: toward = towards, away
height: upstairs, downstairs
end: the top, the bottom
