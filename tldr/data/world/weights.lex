# Corpus counts of edit sites (tldr.perturb.count_weights over 6000 world captions (tldr.world.data.write_world_weights)), taken by the
# rules themselves:
# - `value: n`: sites of each spatial, attribute and object value (keyed by its first
#   form) and of each count written the way the engine writes counts (a/an, number words,
#   digits; 'a dog' counts for `one`);
# - `form-count FORM: n`: sites written with that synonym form (spatial, attribute);
# - `counterfactual CONSTRUCT: n`: sites of each negatable or negated construct;
# - `CONTEXT VALUE WORD: n` (CONTEXT: spatial, spatial-before, spatial-det, attribute,
#   attribute-before, object, counting, counting-after): sites of VALUE in that context
#   (next to WORD); rare pairs are left out.
# A replacement is proposed with probability proportional to 1 + count; the balance test
# (Perturber(balance=True), docs/perturbation.md) uses all of them. Phrases not listed count 0.
above: 433
apple: 793
attribute black apple: 30
attribute black apples: 26
attribute black ball: 29
attribute black balloon: 35
attribute black balloons: 18
attribute black balls: 23
attribute black banana: 24
attribute black bananas: 28
attribute black bird: 36
attribute black birds: 25
attribute black book: 31
attribute black books: 25
attribute black bottle: 39
attribute black bottles: 30
attribute black bowl: 43
attribute black bowls: 22
attribute black box: 49
attribute black boxes: 21
attribute black bus: 17
attribute black buses: 21
attribute black car: 41
attribute black cars: 25
attribute black cat: 61
attribute black cats: 30
attribute black chair: 41
attribute black chairs: 28
attribute black cup: 31
attribute black cups: 27
attribute black dog: 24
attribute black dogs: 22
attribute black flower: 32
attribute black flowers: 12
attribute black house: 37
attribute black houses: 22
attribute black kite: 26
attribute black kites: 23
attribute black rabbit: 29
attribute black rabbits: 12
attribute black sign: 102
attribute black table: 36
attribute black tables: 23
attribute black tree: 37
attribute black trees: 25
attribute black truck: 37
attribute black trucks: 25
attribute blue apple: 45
attribute blue apples: 14
attribute blue ball: 24
attribute blue balloon: 38
attribute blue balloons: 20
attribute blue balls: 11
attribute blue banana: 51
attribute blue bananas: 28
attribute blue bird: 22
attribute blue birds: 24
attribute blue book: 51
attribute blue books: 22
attribute blue bottle: 44
attribute blue bottles: 32
attribute blue bowl: 26
attribute blue bowls: 28
attribute blue box: 28
attribute blue boxes: 20
attribute blue bus: 19
attribute blue buses: 22
attribute blue car: 43
attribute blue cars: 9
attribute blue cat: 33
attribute blue cats: 31
attribute blue chair: 43
attribute blue chairs: 27
attribute blue cup: 43
attribute blue cups: 33
attribute blue dog: 56
attribute blue dogs: 25
attribute blue flower: 37
attribute blue flowers: 35
attribute blue house: 30
attribute blue houses: 26
attribute blue kite: 45
attribute blue kites: 7
attribute blue rabbit: 31
attribute blue rabbits: 20
attribute blue sign: 146
attribute blue table: 39
attribute blue tables: 23
attribute blue tree: 72
attribute blue trees: 31
attribute blue truck: 38
attribute blue trucks: 18
attribute brown apple: 45
attribute brown apples: 23
attribute brown ball: 38
attribute brown balloon: 32
attribute brown balloons: 33
attribute brown balls: 17
attribute brown banana: 42
attribute brown bananas: 13
attribute brown bird: 23
attribute brown birds: 40
attribute brown book: 25
attribute brown books: 14
attribute brown bottle: 41
attribute brown bottles: 17
attribute brown bowl: 31
attribute brown bowls: 34
attribute brown box: 29
attribute brown boxes: 31
attribute brown bus: 26
attribute brown buses: 23
attribute brown car: 44
attribute brown cars: 17
attribute brown cat: 27
attribute brown cats: 13
attribute brown chair: 34
attribute brown chairs: 19
attribute brown cup: 38
attribute brown cups: 30
attribute brown dog: 55
attribute brown dogs: 21
attribute brown flower: 29
attribute brown flowers: 17
attribute brown house: 42
attribute brown houses: 25
attribute brown kite: 44
attribute brown kites: 23
attribute brown rabbit: 27
attribute brown rabbits: 27
attribute brown table: 53
attribute brown tables: 15
attribute brown tree: 47
attribute brown trees: 15
attribute brown truck: 26
attribute brown trucks: 31
attribute gray apple: 35
attribute gray apples: 23
attribute gray ball: 45
attribute gray balloon: 35
attribute gray balloons: 21
attribute gray balls: 23
attribute gray banana: 48
attribute gray bananas: 27
attribute gray bird: 27
attribute gray birds: 22
attribute gray book: 33
attribute gray books: 18
attribute gray bottle: 39
attribute gray bottles: 30
attribute gray bowl: 40
attribute gray bowls: 25
attribute gray box: 31
attribute gray boxes: 31
attribute gray bus: 28
attribute gray buses: 29
attribute gray car: 17
attribute gray cars: 22
attribute gray cat: 42
attribute gray cats: 21
attribute gray chair: 37
attribute gray chairs: 28
attribute gray cup: 24
attribute gray cups: 24
attribute gray dog: 43
attribute gray dogs: 36
attribute gray flower: 33
attribute gray flowers: 33
attribute gray house: 39
attribute gray houses: 39
attribute gray kite: 22
attribute gray kites: 14
attribute gray rabbit: 35
attribute gray rabbits: 25
attribute gray table: 59
attribute gray tables: 24
attribute gray tree: 20
attribute gray trees: 18
attribute gray truck: 29
attribute gray trucks: 32
attribute green apple: 34
attribute green apples: 21
attribute green ball: 35
attribute green balloon: 35
attribute green balloons: 23
attribute green balls: 10
attribute green banana: 20
attribute green bananas: 25
attribute green bird: 42
attribute green birds: 20
attribute green book: 36
attribute green books: 31
attribute green bottle: 52
attribute green bottles: 15
attribute green bowl: 54
attribute green bowls: 21
attribute green box: 45
attribute green boxes: 20
attribute green bus: 35
attribute green buses: 22
attribute green car: 30
attribute green cars: 17
attribute green cat: 39
attribute green cats: 15
attribute green chair: 24
attribute green chairs: 24
attribute green cup: 26
attribute green cups: 34
attribute green dog: 53
attribute green dogs: 29
attribute green flower: 31
attribute green flowers: 21
attribute green house: 32
attribute green houses: 20
attribute green kite: 44
attribute green kites: 18
attribute green rabbit: 29
attribute green rabbits: 26
attribute green sign: 94
attribute green table: 22
attribute green tables: 15
attribute green tree: 16
attribute green trees: 21
attribute green truck: 39
attribute green trucks: 14
attribute large apple: 3
attribute large apples: 3
attribute large ball: 2
attribute large balloons: 3
attribute large balls: 4
attribute large banana: 2
attribute large bananas: 5
attribute large bird: 5
attribute large birds: 2
attribute large black: 242
attribute large blue: 289
attribute large book: 4
attribute large books: 3
attribute large bottle: 2
attribute large bottles: 5
attribute large bowl: 3
attribute large bowls: 4
attribute large box: 4
attribute large boxes: 6
attribute large brown: 227
attribute large bus: 4
attribute large buses: 3
attribute large car: 4
attribute large cars: 3
attribute large cat: 7
attribute large cats: 6
attribute large chair: 2
attribute large chairs: 4
attribute large cup: 4
attribute large cups: 4
attribute large dog: 5
attribute large dogs: 2
attribute large flower: 4
attribute large gray: 209
attribute large green: 236
attribute large house: 5
attribute large houses: 4
attribute large kite: 3
attribute large kites: 5
attribute large orange: 247
attribute large pink: 191
attribute large purple: 197
attribute large rabbit: 3
attribute large rabbits: 3
attribute large red: 232
attribute large table: 8
attribute large tables: 5
attribute large tree: 8
attribute large trees: 4
attribute large white: 210
attribute large yellow: 239
attribute orange apple: 49
attribute orange apples: 11
attribute orange ball: 50
attribute orange balloon: 43
attribute orange balloons: 27
attribute orange balls: 33
attribute orange banana: 24
attribute orange bananas: 29
attribute orange bird: 41
attribute orange birds: 19
attribute orange book: 51
attribute orange books: 35
attribute orange bottle: 40
attribute orange bottles: 19
attribute orange bowl: 36
attribute orange bowls: 17
attribute orange box: 38
attribute orange boxes: 14
attribute orange bus: 32
attribute orange buses: 22
attribute orange car: 45
attribute orange cars: 24
attribute orange cat: 35
attribute orange cats: 27
attribute orange chair: 34
attribute orange chairs: 17
attribute orange cup: 31
attribute orange cups: 20
attribute orange dog: 31
attribute orange dogs: 30
attribute orange flower: 30
attribute orange flowers: 13
attribute orange house: 44
attribute orange houses: 21
attribute orange kite: 36
attribute orange kites: 33
attribute orange rabbit: 25
attribute orange rabbits: 15
attribute orange sign: 105
attribute orange table: 38
attribute orange tables: 37
attribute orange tree: 27
attribute orange trees: 17
attribute orange truck: 27
attribute orange trucks: 7
attribute pink apple: 33
attribute pink apples: 27
attribute pink ball: 30
attribute pink balloon: 28
attribute pink balloons: 19
attribute pink balls: 20
attribute pink banana: 50
attribute pink bananas: 23
attribute pink bird: 34
attribute pink birds: 14
attribute pink book: 47
attribute pink books: 24
attribute pink bottle: 21
attribute pink bottles: 26
attribute pink bowl: 32
attribute pink bowls: 25
attribute pink box: 30
attribute pink boxes: 10
attribute pink bus: 33
attribute pink buses: 14
attribute pink car: 33
attribute pink cars: 30
attribute pink cat: 32
attribute pink cats: 20
attribute pink chair: 27
attribute pink chairs: 24
attribute pink cup: 36
attribute pink cups: 22
attribute pink dog: 37
attribute pink dogs: 28
attribute pink flower: 56
attribute pink flowers: 14
attribute pink house: 22
attribute pink houses: 25
attribute pink kite: 28
attribute pink kites: 28
attribute pink rabbit: 18
attribute pink rabbits: 25
attribute pink table: 47
attribute pink tables: 24
attribute pink tree: 55
attribute pink trees: 16
attribute pink truck: 22
attribute pink trucks: 21
attribute purple apple: 22
attribute purple apples: 20
attribute purple ball: 50
attribute purple balloon: 19
attribute purple balloons: 20
attribute purple balls: 18
attribute purple banana: 27
attribute purple bananas: 12
attribute purple bird: 27
attribute purple birds: 16
attribute purple book: 34
attribute purple books: 25
attribute purple bottle: 31
attribute purple bottles: 23
attribute purple bowl: 33
attribute purple bowls: 27
attribute purple box: 58
attribute purple boxes: 15
attribute purple bus: 30
attribute purple buses: 21
attribute purple car: 27
attribute purple cars: 18
attribute purple cat: 34
attribute purple cats: 20
attribute purple chair: 24
attribute purple chairs: 12
attribute purple cup: 35
attribute purple cups: 24
attribute purple dog: 21
attribute purple dogs: 25
attribute purple flower: 54
attribute purple flowers: 17
attribute purple house: 56
attribute purple houses: 21
attribute purple kite: 51
attribute purple kites: 19
attribute purple rabbit: 30
attribute purple rabbits: 23
attribute purple table: 31
attribute purple tables: 19
attribute purple tree: 38
attribute purple trees: 21
attribute purple truck: 32
attribute purple trucks: 18
attribute red apple: 36
attribute red apples: 11
attribute red ball: 23
attribute red balloon: 31
attribute red balloons: 18
attribute red balls: 23
attribute red banana: 40
attribute red bananas: 25
attribute red bird: 51
attribute red birds: 23
attribute red book: 52
attribute red books: 23
attribute red bottle: 32
attribute red bottles: 15
attribute red bowl: 40
attribute red bowls: 28
attribute red box: 34
attribute red boxes: 28
attribute red bus: 40
attribute red buses: 15
attribute red car: 35
attribute red cars: 19
attribute red cat: 49
attribute red cats: 11
attribute red chair: 24
attribute red chairs: 20
attribute red cup: 42
attribute red cups: 12
attribute red dog: 34
attribute red dogs: 38
attribute red flower: 32
attribute red flowers: 23
attribute red house: 22
attribute red houses: 28
attribute red kite: 42
attribute red kites: 20
attribute red rabbit: 35
attribute red rabbits: 16
attribute red sign: 94
attribute red table: 20
attribute red tables: 30
attribute red tree: 45
attribute red trees: 22
attribute red truck: 16
attribute red trucks: 19
attribute small apple: 2
attribute small apples: 5
attribute small ball: 2
attribute small balloon: 2
attribute small balloons: 2
attribute small balls: 3
attribute small banana: 4
attribute small bird: 2
attribute small birds: 2
attribute small black: 190
attribute small blue: 198
attribute small books: 3
attribute small bottle: 4
attribute small bowls: 3
attribute small box: 4
attribute small brown: 199
attribute small bus: 4
attribute small buses: 3
attribute small car: 6
attribute small cars: 6
attribute small cat: 6
attribute small chairs: 3
attribute small cup: 2
attribute small dog: 4
attribute small flower: 2
attribute small flowers: 2
attribute small gray: 228
attribute small green: 203
attribute small houses: 4
attribute small kite: 2
attribute small kites: 4
attribute small orange: 181
attribute small pink: 231
attribute small purple: 197
attribute small rabbit: 3
attribute small red: 215
attribute small table: 4
attribute small tables: 3
attribute small tree: 4
attribute small truck: 2
attribute small white: 179
attribute small yellow: 248
attribute white apple: 36
attribute white apples: 11
attribute white ball: 46
attribute white balloon: 39
attribute white balloons: 24
attribute white balls: 15
attribute white banana: 24
attribute white bananas: 22
attribute white bird: 46
attribute white birds: 18
attribute white book: 33
attribute white books: 20
attribute white bottle: 42
attribute white bottles: 20
attribute white bowl: 30
attribute white bowls: 24
attribute white box: 36
attribute white boxes: 29
attribute white bus: 24
attribute white buses: 15
attribute white car: 30
attribute white cars: 19
attribute white cat: 49
attribute white cats: 29
attribute white chair: 28
attribute white chairs: 17
attribute white cup: 17
attribute white cups: 18
attribute white dog: 21
attribute white dogs: 24
attribute white flower: 29
attribute white flowers: 12
attribute white house: 31
attribute white houses: 14
attribute white kite: 28
attribute white kites: 25
attribute white rabbit: 29
attribute white rabbits: 23
attribute white sign: 108
attribute white table: 38
attribute white tables: 17
attribute white tree: 46
attribute white trees: 25
attribute white truck: 34
attribute white trucks: 30
attribute yellow apple: 38
attribute yellow apples: 13
attribute yellow ball: 36
attribute yellow balloon: 48
attribute yellow balloons: 16
attribute yellow balls: 12
attribute yellow banana: 53
attribute yellow bananas: 25
attribute yellow bird: 36
attribute yellow birds: 14
attribute yellow book: 52
attribute yellow books: 28
attribute yellow bottle: 38
attribute yellow bottles: 19
attribute yellow bowl: 47
attribute yellow bowls: 22
attribute yellow box: 39
attribute yellow boxes: 32
attribute yellow bus: 24
attribute yellow buses: 47
attribute yellow car: 39
attribute yellow cars: 27
attribute yellow cat: 36
attribute yellow cats: 17
attribute yellow chair: 22
attribute yellow chairs: 24
attribute yellow cup: 19
attribute yellow cups: 38
attribute yellow dog: 27
attribute yellow dogs: 23
attribute yellow flower: 53
attribute yellow flowers: 17
attribute yellow house: 36
attribute yellow houses: 23
attribute yellow kite: 27
attribute yellow kites: 23
attribute yellow rabbit: 40
attribute yellow rabbits: 31
attribute yellow sign: 138
attribute yellow table: 43
attribute yellow tables: 25
attribute yellow tree: 37
attribute yellow trees: 20
attribute yellow truck: 29
attribute yellow trucks: 22
attribute-before black a: 476
attribute-before black are: 103
attribute-before black big: 122
attribute-before black five: 2
attribute-before black four: 40
attribute-before black is: 15
attribute-before black large: 120
attribute-before black little: 107
attribute-before black no: 131
attribute-before black small: 98
attribute-before black three: 51
attribute-before black tiny: 92
attribute-before black two: 141
attribute-before blue a: 576
attribute-before blue are: 115
attribute-before blue big: 161
attribute-before blue five: 2
attribute-before blue four: 43
attribute-before blue is: 21
attribute-before blue large: 128
attribute-before blue little: 101
attribute-before blue no: 117
attribute-before blue small: 97
attribute-before blue three: 50
attribute-before blue tiny: 101
attribute-before blue two: 134
attribute-before brown a: 407
attribute-before brown are: 77
attribute-before brown big: 114
attribute-before brown four: 47
attribute-before brown is: 15
attribute-before brown large: 113
attribute-before brown little: 102
attribute-before brown no: 134
attribute-before brown small: 92
attribute-before brown three: 50
attribute-before brown tiny: 107
attribute-before brown two: 129
attribute-before gray a: 377
attribute-before gray are: 91
attribute-before gray big: 100
attribute-before gray five: 3
attribute-before gray four: 39
attribute-before gray is: 11
attribute-before gray large: 109
attribute-before gray little: 112
attribute-before gray no: 145
attribute-before gray small: 118
attribute-before gray three: 53
attribute-before gray tiny: 110
attribute-before gray two: 160
attribute-before green a: 467
attribute-before green are: 86
attribute-before green big: 111
attribute-before green four: 38
attribute-before green is: 16
attribute-before green large: 125
attribute-before green little: 95
attribute-before green no: 124
attribute-before green small: 98
attribute-before green three: 42
attribute-before green tiny: 105
attribute-before green two: 123
attribute-before large a: 1664
attribute-before large four: 2
attribute-before large three: 5
attribute-before large two: 1012
attribute-before orange an: 520
attribute-before orange are: 103
attribute-before orange big: 122
attribute-before orange five: 3
attribute-before orange four: 44
attribute-before orange is: 15
attribute-before orange large: 125
attribute-before orange little: 92
attribute-before orange no: 133
attribute-before orange small: 98
attribute-before orange three: 48
attribute-before orange tiny: 83
attribute-before orange two: 131
attribute-before pink a: 382
attribute-before pink are: 93
attribute-before pink big: 98
attribute-before pink four: 39
attribute-before pink is: 23
attribute-before pink large: 94
attribute-before pink little: 84
attribute-before pink no: 107
attribute-before pink small: 117
attribute-before pink three: 51
attribute-before pink tiny: 114
attribute-before pink two: 143
attribute-before purple a: 360
attribute-before purple are: 76
attribute-before purple big: 96
attribute-before purple four: 35
attribute-before purple is: 18
attribute-before purple large: 101
attribute-before purple little: 105
attribute-before purple no: 140
attribute-before purple small: 99
attribute-before purple three: 48
attribute-before purple tiny: 99
attribute-before purple two: 114
attribute-before red a: 441
attribute-before red are: 80
attribute-before red big: 122
attribute-before red five: 2
attribute-before red four: 45
attribute-before red is: 12
attribute-before red large: 110
attribute-before red little: 113
attribute-before red no: 130
attribute-before red small: 104
attribute-before red three: 58
attribute-before red tiny: 111
attribute-before red two: 100
attribute-before small a: 1527
attribute-before small five: 65
attribute-before small four: 91
attribute-before small three: 211
attribute-before small two: 487
attribute-before white a: 465
attribute-before white are: 102
attribute-before white big: 104
attribute-before white five: 3
attribute-before white four: 43
attribute-before white is: 13
attribute-before white large: 106
attribute-before white little: 98
attribute-before white no: 129
attribute-before white small: 88
attribute-before white three: 42
attribute-before white tiny: 91
attribute-before white two: 126
attribute-before yellow a: 514
attribute-before yellow are: 107
attribute-before yellow big: 101
attribute-before yellow five: 2
attribute-before yellow four: 59
attribute-before yellow is: 16
attribute-before yellow large: 138
attribute-before yellow little: 89
attribute-before yellow no: 138
attribute-before yellow small: 127
attribute-before yellow three: 55
attribute-before yellow tiny: 121
attribute-before yellow two: 131
ball: 791
balloon: 803
banana: 843
bird: 802
black: 1498
blue: 1646
book: 897
bottle: 833
bowl: 867
box: 870
brown: 1388
bus: 760
car: 816
cat: 837
chair: 756
counterfactual have a: 3189
counterfactual have no: 1672
counting five ball: 5
counting five bird: 5
counting five book: 3
counting five bottle: 2
counting five bowl: 4
counting five bus: 5
counting five car: 4
counting five chair: 6
counting five cup: 5
counting five dog: 12
counting five flower: 8
counting five house: 4
counting five kite: 2
counting five tree: 4
counting five truck: 5
counting four apple: 17
counting four ball: 19
counting four balloon: 23
counting four banana: 28
counting four bird: 28
counting four book: 23
counting four bottle: 23
counting four bowl: 25
counting four box: 24
counting four bus: 17
counting four car: 18
counting four cat: 14
counting four chair: 19
counting four cup: 31
counting four dog: 32
counting four flower: 18
counting four house: 20
counting four kite: 20
counting four rabbit: 19
counting four table: 20
counting four tree: 23
counting four truck: 13
counting one apple: 226
counting one ball: 228
counting one balloon: 204
counting one banana: 223
counting one bird: 231
counting one book: 230
counting one bottle: 241
counting one bowl: 227
counting one box: 233
counting one bus: 161
counting one car: 230
counting one cat: 256
counting one chair: 181
counting one cup: 198
counting one dog: 250
counting one flower: 258
counting one house: 232
counting one kite: 219
counting one orange: 574
counting one rabbit: 185
counting one sign: 1037
counting one table: 233
counting one tree: 262
counting one truck: 184
counting seven dog: 2
counting three apple: 26
counting three ball: 13
counting three balloon: 23
counting three banana: 30
counting three bird: 20
counting three book: 31
counting three bottle: 20
counting three bowl: 28
counting three box: 27
counting three bus: 36
counting three car: 32
counting three cat: 16
counting three chair: 28
counting three cup: 25
counting three dog: 36
counting three flower: 21
counting three house: 44
counting three kite: 20
counting three rabbit: 46
counting three table: 40
counting three tree: 28
counting three truck: 29
counting two apple: 90
counting two ball: 74
counting two balloon: 91
counting two banana: 93
counting two bird: 99
counting two book: 105
counting two bottle: 107
counting two bowl: 126
counting two box: 122
counting two bus: 93
counting two car: 125
counting two cat: 118
counting two chair: 97
counting two cup: 130
counting two dog: 110
counting two flower: 88
counting two house: 106
counting two kite: 104
counting two rabbit: 87
counting two table: 95
counting two tree: 99
counting two truck: 102
counting-after five none: 78
counting-after four none: 471
counting-after four verb: 3
counting-after one none: 2296
counting-after one verb: 4207
counting-after seven none: 4
counting-after six none: 5
counting-after three none: 586
counting-after three verb: 33
counting-after two none: 1768
counting-after two verb: 493
cup: 816
dog: 884
eight: 1
far from: 226
five: 79
flower: 814
form-count above: 433
form-count below: 182
form-count beside: 295
form-count big: 1324
form-count black: 1498
form-count blue: 1646
form-count brown: 1388
form-count far from: 226
form-count gray: 1428
form-count green: 1431
form-count large: 1359
form-count near: 280
form-count next to: 299
form-count on: 7
form-count on top of: 24
form-count orange: 1517
form-count pink: 1346
form-count purple: 1292
form-count red: 1428
form-count small: 1195
form-count the bottom: 1240
form-count the left: 1495
form-count the right: 1597
form-count the top: 1231
form-count tiny: 1187
form-count under: 175
form-count white: 1410
form-count yellow: 1598
four: 474
gray: 1428
green: 1431
house: 852
kite: 820
large: 2683
next to: 874
object apple and: 3
object apple big: 4
object apple black: 56
object apple blue: 59
object apple brown: 68
object apple four: 5
object apple gray: 58
object apple green: 55
object apple is: 3
object apple large: 2
object apple no: 107
object apple orange: 60
object apple pink: 60
object apple purple: 42
object apple red: 47
object apple small: 2
object apple tiny: 6
object apple two: 4
object apple white: 47
object apple yellow: 51
object ball big: 3
object ball black: 52
object ball blue: 35
object ball brown: 55
object ball gray: 68
object ball green: 45
object ball is: 6
object ball large: 4
object ball no: 107
object ball orange: 83
object ball pink: 50
object ball purple: 68
object ball red: 46
object ball small: 4
object ball white: 61
object ball yellow: 48
object balloon big: 2
object balloon black: 53
object balloon blue: 58
object balloon brown: 65
object balloon four: 3
object balloon gray: 56
object balloon green: 58
object balloon is: 2
object balloon large: 2
object balloon no: 91
object balloon orange: 70
object balloon pink: 47
object balloon purple: 39
object balloon red: 49
object balloon three: 3
object balloon tiny: 3
object balloon two: 5
object balloon white: 63
object balloon yellow: 64
object banana big: 3
object banana black: 52
object banana blue: 79
object banana brown: 55
object banana gray: 75
object banana green: 45
object banana large: 4
object banana no: 102
object banana orange: 53
object banana pink: 73
object banana purple: 39
object banana red: 65
object banana small: 2
object banana three: 2
object banana tiny: 3
object banana two: 5
object banana white: 46
object banana yellow: 78
object bird and: 3
object bird big: 3
object bird black: 61
object bird blue: 46
object bird brown: 63
object bird four: 3
object bird gray: 49
object bird green: 62
object bird large: 4
object bird no: 98
object bird orange: 60
object bird pink: 48
object bird purple: 43
object bird red: 74
object bird small: 2
object bird three: 4
object bird tiny: 2
object bird two: 9
object bird white: 64
object bird yellow: 50
object book big: 5
object book black: 56
object book blue: 73
object book brown: 39
object book four: 3
object book gray: 51
object book green: 67
object book is: 3
object book large: 2
object book no: 78
object book orange: 86
object book pink: 71
object book purple: 59
object book red: 75
object book small: 3
object book three: 4
object book two: 7
object book white: 53
object book yellow: 80
object bottle and: 2
object bottle big: 4
object bottle black: 69
object bottle blue: 76
object bottle brown: 58
object bottle four: 2
object bottle gray: 69
object bottle green: 67
object bottle is: 3
object bottle large: 3
object bottle no: 78
object bottle of: 2
object bottle orange: 59
object bottle pink: 47
object bottle purple: 54
object bottle red: 47
object bottle small: 3
object bottle three: 2
object bottle tiny: 2
object bottle two: 5
object bottle white: 62
object bottle yellow: 57
object bowl big: 3
object bowl black: 65
object bowl blue: 54
object bowl brown: 65
object bowl four: 4
object bowl gray: 65
object bowl green: 75
object bowl is: 4
object bowl large: 4
object bowl no: 97
object bowl orange: 53
object bowl pink: 57
object bowl purple: 60
object bowl red: 68
object bowl small: 2
object bowl tiny: 2
object bowl two: 8
object bowl white: 54
object bowl yellow: 69
object box big: 4
object box black: 70
object box blue: 48
object box brown: 60
object box gray: 62
object box green: 65
object box is: 4
object box large: 6
object box no: 102
object box orange: 52
object box pink: 40
object box purple: 73
object box red: 62
object box small: 2
object box tiny: 3
object box two: 11
object box white: 65
object box yellow: 71
object bus big: 2
object bus black: 38
object bus blue: 41
object bus brown: 49
object bus four: 3
object bus gray: 57
object bus green: 57
object bus is: 2
object bus large: 5
object bus no: 95
object bus orange: 54
object bus pink: 47
object bus purple: 51
object bus red: 55
object bus small: 3
object bus three: 2
object bus tiny: 5
object bus two: 9
object bus white: 39
object bus yellow: 71
object car big: 4
object car black: 66
object car blue: 52
object car brown: 61
object car four: 5
object car gray: 39
object car green: 47
object car is: 3
object car large: 3
object car no: 102
object car orange: 69
object car pink: 63
object car purple: 45
object car red: 54
object car small: 5
object car three: 5
object car tiny: 7
object car two: 9
object car white: 49
object car yellow: 66
object cat big: 4
object cat black: 91
object cat blue: 64
object cat brown: 40
object cat gray: 63
object cat green: 54
object cat is: 2
object cat large: 10
object cat no: 94
object cat of: 2
object cat orange: 62
object cat pink: 52
object cat purple: 54
object cat red: 60
object cat small: 5
object cat tiny: 3
object cat two: 4
object cat white: 78
object cat yellow: 53
object chair black: 69
object chair blue: 70
object chair brown: 53
object chair gray: 65
object chair green: 48
object chair is: 2
object chair large: 6
object chair no: 89
object chair of: 2
object chair orange: 51
object chair pink: 51
object chair purple: 36
object chair red: 44
object chair small: 2
object chair two: 5
object chair white: 45
object chair yellow: 46
object cup big: 3
object cup black: 58
object cup blue: 76
object cup brown: 68
object cup gray: 48
object cup green: 60
object cup is: 2
object cup large: 5
object cup no: 99
object cup orange: 51
object cup pink: 58
object cup purple: 59
object cup red: 54
object cup small: 2
object cup two: 11
object cup white: 35
object cup yellow: 57
object dog and: 2
object dog big: 4
object dog black: 46
object dog blue: 81
object dog brown: 76
object dog gray: 79
object dog green: 82
object dog is: 5
object dog large: 3
object dog no: 79
object dog of: 3
object dog orange: 61
object dog pink: 65
object dog purple: 46
object dog red: 72
object dog seven: 2
object dog three: 3
object dog tiny: 3
object dog two: 7
object dog white: 45
object dog yellow: 50
object flower and: 2
object flower big: 2
object flower black: 44
object flower blue: 72
object flower brown: 46
object flower five: 2
object flower gray: 66
object flower green: 52
object flower is: 5
object flower large: 3
object flower no: 101
object flower orange: 43
object flower pink: 70
object flower purple: 71
object flower red: 55
object flower small: 2
object flower three: 3
object flower tiny: 2
object flower two: 6
object flower white: 41
object flower yellow: 70
object house big: 4
object house black: 59
object house blue: 56
object house brown: 67
object house four: 5
object house gray: 78
object house green: 52
object house is: 6
object house large: 5
object house no: 99
object house of: 2
object house orange: 65
object house pink: 47
object house purple: 77
object house red: 50
object house small: 4
object house three: 3
object house two: 7
object house white: 45
object house yellow: 59
object kite and: 3
object kite big: 4
object kite black: 49
object kite blue: 52
object kite brown: 67
object kite four: 2
object kite gray: 36
object kite green: 62
object kite is: 5
object kite large: 4
object kite no: 96
object kite orange: 69
object kite pink: 56
object kite purple: 70
object kite red: 62
object kite small: 3
object kite three: 3
object kite tiny: 3
object kite two: 3
object kite white: 53
object kite yellow: 50
object rabbit big: 3
object rabbit black: 41
object rabbit blue: 51
object rabbit brown: 54
object rabbit gray: 60
object rabbit green: 55
object rabbit large: 3
object rabbit no: 92
object rabbit orange: 40
object rabbit pink: 43
object rabbit purple: 53
object rabbit red: 51
object rabbit small: 3
object rabbit three: 5
object rabbit two: 4
object rabbit white: 52
object rabbit yellow: 71
object table and: 2
object table big: 5
object table black: 59
object table blue: 62
object table brown: 68
object table gray: 83
object table green: 37
object table large: 8
object table no: 100
object table orange: 75
object table pink: 71
object table purple: 50
object table red: 50
object table small: 3
object table three: 4
object table tiny: 4
object table two: 7
object table white: 55
object table yellow: 68
object tree big: 7
object tree black: 62
object tree blue: 103
object tree brown: 62
object tree four: 2
object tree gray: 38
object tree green: 37
object tree is: 2
object tree large: 5
object tree no: 103
object tree of: 4
object tree orange: 44
object tree pink: 71
object tree purple: 59
object tree red: 67
object tree small: 3
object tree three: 6
object tree tiny: 2
object tree two: 11
object tree white: 71
object tree yellow: 57
object truck black: 62
object truck blue: 56
object truck brown: 57
object truck gray: 61
object truck green: 53
object truck is: 2
object truck large: 2
object truck no: 94
object truck orange: 34
object truck pink: 43
object truck purple: 50
object truck red: 35
object truck small: 2
object truck three: 4
object truck two: 4
object truck white: 64
object truck yellow: 51
on: 31
one: 6503
orange: 1517
pink: 1346
purple: 1292
rabbit: 739
red: 1428
seven: 4
six: 5
small: 2382
spatial above big: 49
spatial above black: 17
spatial above blue: 16
spatial above brown: 15
spatial above gray: 14
spatial above green: 17
spatial above large: 43
spatial above little: 31
spatial above orange: 18
spatial above pink: 12
spatial above purple: 19
spatial above red: 10
spatial above small: 30
spatial above three: 8
spatial above tiny: 46
spatial above two: 45
spatial above white: 21
spatial above yellow: 12
spatial far from big: 8
spatial far from black: 2
spatial far from blue: 7
spatial far from brown: 7
spatial far from gray: 12
spatial far from green: 8
spatial far from large: 10
spatial far from little: 17
spatial far from orange: 6
spatial far from pink: 7
spatial far from purple: 9
spatial far from red: 14
spatial far from small: 21
spatial far from three: 8
spatial far from tiny: 22
spatial far from two: 53
spatial far from white: 9
spatial far from yellow: 4
spatial next to big: 20
spatial next to black: 4
spatial next to blue: 9
spatial next to box: 2
spatial next to brown: 5
spatial next to five: 35
spatial next to four: 152
spatial next to gray: 2
spatial next to green: 12
spatial next to kite: 2
spatial next to large: 22
spatial next to little: 13
spatial next to orange: 8
spatial next to pink: 11
spatial next to purple: 6
spatial next to red: 12
spatial next to small: 6
spatial next to three: 177
spatial next to tiny: 15
spatial next to two: 341
spatial next to white: 6
spatial next to yellow: 11
spatial on big: 3
spatial on blue: 3
spatial on four: 2
spatial on large: 2
spatial on orange: 2
spatial on pink: 2
spatial on three: 2
spatial on two: 12
spatial the left of: 364
spatial the right of: 389
spatial under big: 28
spatial under black: 15
spatial under blue: 16
spatial under brown: 22
spatial under gray: 13
spatial under green: 18
spatial under large: 33
spatial under little: 23
spatial under orange: 15
spatial under pink: 19
spatial under purple: 12
spatial under red: 16
spatial under small: 31
spatial under three: 3
spatial under tiny: 32
spatial under two: 22
spatial under white: 15
spatial under yellow: 15
spatial-before above are: 56
spatial-before above balloon: 2
spatial-before above banana: 4
spatial-before above bowl: 3
spatial-before above chair: 2
spatial-before above cup: 2
spatial-before above flower: 2
spatial-before above is: 339
spatial-before above kite: 3
spatial-before above rabbit: 3
spatial-before above table: 2
spatial-before far from apple: 2
spatial-before far from are: 60
spatial-before far from banana: 3
spatial-before far from book: 2
spatial-before far from bowl: 2
spatial-before far from is: 148
spatial-before next to apple: 2
spatial-before next to are: 75
spatial-before next to balloon: 3
spatial-before next to banana: 3
spatial-before next to bird: 3
spatial-before next to book: 4
spatial-before next to bottle: 4
spatial-before next to bowl: 4
spatial-before next to bus: 3
spatial-before next to car: 2
spatial-before next to cat: 4
spatial-before next to cup: 2
spatial-before next to dog: 4
spatial-before next to flower: 3
spatial-before next to house: 6
spatial-before next to is: 724
spatial-before next to kite: 3
spatial-before next to rabbit: 2
spatial-before next to rabbits: 2
spatial-before next to table: 4
spatial-before next to tree: 4
spatial-before next to truck: 2
spatial-before on are: 2
spatial-before on is: 27
spatial-before the bottom at: 1240
spatial-before the left on: 1131
spatial-before the left to: 364
spatial-before the right on: 1208
spatial-before the right to: 389
spatial-before the top at: 1231
spatial-before under apple: 2
spatial-before under are: 56
spatial-before under bird: 2
spatial-before under box: 2
spatial-before under boxes: 2
spatial-before under bus: 2
spatial-before under cat: 4
spatial-before under dog: 2
spatial-before under is: 267
spatial-before under truck: 4
spatial-det above det: 380
spatial-det above none: 53
spatial-det far from det: 165
spatial-det far from none: 61
spatial-det next to det: 168
spatial-det next to none: 706
spatial-det on det: 15
spatial-det on none: 16
spatial-det the bottom none: 1240
spatial-det the left none: 1495
spatial-det the right none: 1597
spatial-det the top none: 1231
spatial-det under det: 332
spatial-det under none: 25
table: 890
the bottom: 1240
the left: 1495
the right: 1597
the top: 1231
three: 619
tree: 876
truck: 724
two: 2261
under: 357
white: 1410
yellow: 1598
