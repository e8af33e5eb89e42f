# Spatial relations (tldr perturbation lexicon; format in docs/perturbation.md).
# Each line is a class of relations that exclude each other: whichever of them holds, any
# other value of its class is false (a cat on a table is not under, inside, next to,
# behind or in front of it), so no class holds a relation that another implies ("near"
# is not with "in front of": what is in front of a thing is near it). `=` joins
# synonyms, which never replace each other; the first form of a value is the one written.
# A form ending in `>CLASS` only matches when the next word belongs to CLASS (words.lex).
# A phrase found in several classes belongs to the first (file order). Relations are
# grouped as in the VSR corpus: direction, topology, proximity, orientation.
#
# Direction: left/right, vertical, front/back.
horizontal: the left = left side = left hand = left-hand, the right = right side = right hand = right-hand
# "left of" without "to the": its own class (the forms of horizontal are places, read as
# "to/on the left" and "to the left of" by tldr.world's checker).
horizontal_of: left of = on the left side of = at the left side of, right of = on the right side of = at the right side of
vertical: above = over>landmark_start, below
position: on>landmark_start = onto>landmark_start = on top of = atop = upon>landmark_start = on top, under>landmark_start = underneath = beneath, next to = beside = alongside = at the side of = adjacent to
# Behind and in front of are not with "next to": read loosely, what is in front of or
# behind a thing is often beside it too ("a sign in front of buildings" -> "next to
# buildings" may be true); they exclude being on top of it or under it.
front_back: behind = in back of, in front of = ahead of, on top of, under
rear: at the back of = in the back of = at the rear of = on the back of, at the front of = in the front of = on the front of
# Down or up a slope ("skiing down a snowy hill" is not "skiing up" it); "down the
# street" may be "up the street" (spatial_stop_slope), and "up" is a relation only before
# an uphill word ("picking up a ball" is none).
slope: down>landmark_start, up>uphill
# Topology: containment, contact, attachment, parts, surrounding.
containment: inside = inside of = within = in>landmark_start, outside = outside of
motion: into, out of>landmark_start
direction: toward = towards, away from
contact: touching = against, away from
attachment: attached to = connected to = fastened to = tied to, detached from = separated from
part: is part of = is a part of, contains
part_plural: are part of = are a part of, contain
# ... and the same without a landmark ("a strawberry in the middle.").
middle_alone: in the middle, on the side
middle: in the middle of = in the center of = in the centre of, on the side of = at the edge of = along the side of = on the edge of
surrounding: surrounding, in the middle of
# "around" (a table, a puddle, a field) and "between" (two cones, his fingers): their
# landmark is close by on several sides, so nothing near it is false; "far from" is.
around: around>landmark_start, far from
between: between>landmark_start, far from
# "surrounded by" bars: the converse of "surrounding", false as "far from" them.
surrounded: surrounded by, far from
# A thing lying, or carrying a load, on its back, or on its front.
back_front: on its back = on his back = on her back = on their back, on its front = on his front = on her front = on their front
# Proximity.
proximity: near = close to = by>landmark_start = near to, far from = far away from
across: across from = opposite = opposite to, next to
# Orientation.
facing: facing = facing toward = facing towards, facing away from = turned away from
alignment: parallel to, perpendicular to
height: upstairs, downstairs
end: the top, the bottom
