# Spatial relations (tldr perturbation lexicon; format in docs/perturbation.md).
# Each line is a class of mutually contrary relations; `=` joins synonyms of one value,
# which never replace each other. The first form of a value is the one written.
# A form ending in `>CLASS` only matches when the next word belongs to CLASS (words.lex).
horizontal: the left = left side = left hand = left-hand, the right = right side = right hand = right-hand
vertical: above = over, below = beneath
support: on top of = atop, underneath = under the bottom of
depth: in front of = ahead of, behind = in back of
containment: inside = inside of = within, outside = outside of
proximity: near = next to = beside = close to = by>det = alongside, far from = far away from = away from
direction: toward = towards, away from
entry: into>det, out of>det
# after `proximity`, so that `next to` itself keeps the proximity contraries
surface: on>det = onto>det = on top of>det, under>det = underneath>det, next to>det = beside>det
inside: in>det, out of>det = outside>det
height: upstairs, downstairs
end: the top, the bottom
