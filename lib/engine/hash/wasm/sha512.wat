;; HMAC-SHA-512 / HMAC-SHA-384 (RFC 2104, FIPS 180-4 §6.4) of one fixed message under many keys,
;; for the weak-secret search. WebAssembly has native 64-bit integers, which plain JS lacks: the
;; JS version (sha512.ts) spends most of its time carrying between 32-bit halves.
;;
;; Compiled by lib/engine/hash/wasm/build-wasm.mjs (wabt) into sha512-wasm-bytes.ts.
;;
;; Memory (bytes), all 64-bit words as native i64 (little-endian in memory, big-endian meaning):
;;      0  K(0…79)
;;    640  IV: H(0) of SHA-512 or SHA-384, written by the caller
;;    704  the expected MAC, written by the caller (6 or 8 words)
;;    768  the key as big-endian words, zero-padded to one block (16 words)
;;    896  W: the schedule of the block being hashed (80 words)
;;   1536  the inner state, then 1600 the outer state (8 words each)
;;   2048… free for the caller: the message's expanded schedules (80 words per block), the
;;         candidate bytes and their start offsets
(module
  (memory (export "memory") 1)

  ;; The addresses above that are passed as values; the others are offsets of loads and stores.
  (global $IV i32 (i32.const 640))
  (global $W i32 (i32.const 896))
  (global $INNER i32 (i32.const 1536))
  (global $OUTER i32 (i32.const 1600))

  (start $init)

  ;; K(0…79) of FIPS 180-4 §4.2.3.
  (func $init
    (i64.store offset=0 (i32.const 0) (i64.const 0x428a2f98d728ae22))
    (i64.store offset=8 (i32.const 0) (i64.const 0x7137449123ef65cd))
    (i64.store offset=16 (i32.const 0) (i64.const 0xb5c0fbcfec4d3b2f))
    (i64.store offset=24 (i32.const 0) (i64.const 0xe9b5dba58189dbbc))
    (i64.store offset=32 (i32.const 0) (i64.const 0x3956c25bf348b538))
    (i64.store offset=40 (i32.const 0) (i64.const 0x59f111f1b605d019))
    (i64.store offset=48 (i32.const 0) (i64.const 0x923f82a4af194f9b))
    (i64.store offset=56 (i32.const 0) (i64.const 0xab1c5ed5da6d8118))
    (i64.store offset=64 (i32.const 0) (i64.const 0xd807aa98a3030242))
    (i64.store offset=72 (i32.const 0) (i64.const 0x12835b0145706fbe))
    (i64.store offset=80 (i32.const 0) (i64.const 0x243185be4ee4b28c))
    (i64.store offset=88 (i32.const 0) (i64.const 0x550c7dc3d5ffb4e2))
    (i64.store offset=96 (i32.const 0) (i64.const 0x72be5d74f27b896f))
    (i64.store offset=104 (i32.const 0) (i64.const 0x80deb1fe3b1696b1))
    (i64.store offset=112 (i32.const 0) (i64.const 0x9bdc06a725c71235))
    (i64.store offset=120 (i32.const 0) (i64.const 0xc19bf174cf692694))
    (i64.store offset=128 (i32.const 0) (i64.const 0xe49b69c19ef14ad2))
    (i64.store offset=136 (i32.const 0) (i64.const 0xefbe4786384f25e3))
    (i64.store offset=144 (i32.const 0) (i64.const 0x0fc19dc68b8cd5b5))
    (i64.store offset=152 (i32.const 0) (i64.const 0x240ca1cc77ac9c65))
    (i64.store offset=160 (i32.const 0) (i64.const 0x2de92c6f592b0275))
    (i64.store offset=168 (i32.const 0) (i64.const 0x4a7484aa6ea6e483))
    (i64.store offset=176 (i32.const 0) (i64.const 0x5cb0a9dcbd41fbd4))
    (i64.store offset=184 (i32.const 0) (i64.const 0x76f988da831153b5))
    (i64.store offset=192 (i32.const 0) (i64.const 0x983e5152ee66dfab))
    (i64.store offset=200 (i32.const 0) (i64.const 0xa831c66d2db43210))
    (i64.store offset=208 (i32.const 0) (i64.const 0xb00327c898fb213f))
    (i64.store offset=216 (i32.const 0) (i64.const 0xbf597fc7beef0ee4))
    (i64.store offset=224 (i32.const 0) (i64.const 0xc6e00bf33da88fc2))
    (i64.store offset=232 (i32.const 0) (i64.const 0xd5a79147930aa725))
    (i64.store offset=240 (i32.const 0) (i64.const 0x06ca6351e003826f))
    (i64.store offset=248 (i32.const 0) (i64.const 0x142929670a0e6e70))
    (i64.store offset=256 (i32.const 0) (i64.const 0x27b70a8546d22ffc))
    (i64.store offset=264 (i32.const 0) (i64.const 0x2e1b21385c26c926))
    (i64.store offset=272 (i32.const 0) (i64.const 0x4d2c6dfc5ac42aed))
    (i64.store offset=280 (i32.const 0) (i64.const 0x53380d139d95b3df))
    (i64.store offset=288 (i32.const 0) (i64.const 0x650a73548baf63de))
    (i64.store offset=296 (i32.const 0) (i64.const 0x766a0abb3c77b2a8))
    (i64.store offset=304 (i32.const 0) (i64.const 0x81c2c92e47edaee6))
    (i64.store offset=312 (i32.const 0) (i64.const 0x92722c851482353b))
    (i64.store offset=320 (i32.const 0) (i64.const 0xa2bfe8a14cf10364))
    (i64.store offset=328 (i32.const 0) (i64.const 0xa81a664bbc423001))
    (i64.store offset=336 (i32.const 0) (i64.const 0xc24b8b70d0f89791))
    (i64.store offset=344 (i32.const 0) (i64.const 0xc76c51a30654be30))
    (i64.store offset=352 (i32.const 0) (i64.const 0xd192e819d6ef5218))
    (i64.store offset=360 (i32.const 0) (i64.const 0xd69906245565a910))
    (i64.store offset=368 (i32.const 0) (i64.const 0xf40e35855771202a))
    (i64.store offset=376 (i32.const 0) (i64.const 0x106aa07032bbd1b8))
    (i64.store offset=384 (i32.const 0) (i64.const 0x19a4c116b8d2d0c8))
    (i64.store offset=392 (i32.const 0) (i64.const 0x1e376c085141ab53))
    (i64.store offset=400 (i32.const 0) (i64.const 0x2748774cdf8eeb99))
    (i64.store offset=408 (i32.const 0) (i64.const 0x34b0bcb5e19b48a8))
    (i64.store offset=416 (i32.const 0) (i64.const 0x391c0cb3c5c95a63))
    (i64.store offset=424 (i32.const 0) (i64.const 0x4ed8aa4ae3418acb))
    (i64.store offset=432 (i32.const 0) (i64.const 0x5b9cca4f7763e373))
    (i64.store offset=440 (i32.const 0) (i64.const 0x682e6ff3d6b2b8a3))
    (i64.store offset=448 (i32.const 0) (i64.const 0x748f82ee5defb2fc))
    (i64.store offset=456 (i32.const 0) (i64.const 0x78a5636f43172f60))
    (i64.store offset=464 (i32.const 0) (i64.const 0x84c87814a1f0ab72))
    (i64.store offset=472 (i32.const 0) (i64.const 0x8cc702081a6439ec))
    (i64.store offset=480 (i32.const 0) (i64.const 0x90befffa23631e28))
    (i64.store offset=488 (i32.const 0) (i64.const 0xa4506cebde82bde9))
    (i64.store offset=496 (i32.const 0) (i64.const 0xbef9a3f7b2c67915))
    (i64.store offset=504 (i32.const 0) (i64.const 0xc67178f2e372532b))
    (i64.store offset=512 (i32.const 0) (i64.const 0xca273eceea26619c))
    (i64.store offset=520 (i32.const 0) (i64.const 0xd186b8c721c0c207))
    (i64.store offset=528 (i32.const 0) (i64.const 0xeada7dd6cde0eb1e))
    (i64.store offset=536 (i32.const 0) (i64.const 0xf57d4f7fee6ed178))
    (i64.store offset=544 (i32.const 0) (i64.const 0x06f067aa72176fba))
    (i64.store offset=552 (i32.const 0) (i64.const 0x0a637dc5a2c898a6))
    (i64.store offset=560 (i32.const 0) (i64.const 0x113f9804bef90dae))
    (i64.store offset=568 (i32.const 0) (i64.const 0x1b710b35131c471b))
    (i64.store offset=576 (i32.const 0) (i64.const 0x28db77f523047d84))
    (i64.store offset=584 (i32.const 0) (i64.const 0x32caab7b40c72493))
    (i64.store offset=592 (i32.const 0) (i64.const 0x3c9ebe0a15c9bebc))
    (i64.store offset=600 (i32.const 0) (i64.const 0x431d67c49c100d4c))
    (i64.store offset=608 (i32.const 0) (i64.const 0x4cc5d4becb3e42b6))
    (i64.store offset=616 (i32.const 0) (i64.const 0x597f299cfc657e2a))
    (i64.store offset=624 (i32.const 0) (i64.const 0x5fcb6fab3ad6faec))
    (i64.store offset=632 (i32.const 0) (i64.const 0x6c44198c4a475817))  )

  ;; The 8 bytes at `p` read as a big-endian word.
  (func $load_be (param $p i32) (result i64)
    (local $x i64)
    (local.set $x (i64.load (local.get $p)))
    (local.set $x
      (i64.or
        (i64.shl (i64.and (local.get $x) (i64.const 0x00ff00ff00ff00ff)) (i64.const 8))
        (i64.and (i64.shr_u (local.get $x) (i64.const 8)) (i64.const 0x00ff00ff00ff00ff))))
    (local.set $x
      (i64.or
        (i64.shl (i64.and (local.get $x) (i64.const 0x0000ffff0000ffff)) (i64.const 16))
        (i64.and (i64.shr_u (local.get $x) (i64.const 16)) (i64.const 0x0000ffff0000ffff))))
    (i64.rotl (local.get $x) (i64.const 32)))

  ;; KEY := the `len` bytes at `p` (len ≤ 128) as big-endian words, zero-padded to a block.
  (func $load_key (param $p i32) (param $len i32)
    (local $i i32)
    (memory.fill (global.get $W) (i32.const 0) (i32.const 128))
    (memory.copy (global.get $W) (local.get $p) (local.get $len))
    (loop $words
      (i64.store offset=768 (local.get $i) (call $load_be (i32.add (global.get $W) (local.get $i))))
      (br_if $words (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 8))) (i32.const 128)))))

  ;; W(0…15) := KEY xor `pad` (ipad or opad repeated), then the schedule.
  (func $key_block (param $pad i64)
    (local $i i32)
    (loop $words
      (i64.store offset=896 (local.get $i)
        (i64.xor (i64.load offset=768 (local.get $i)) (local.get $pad)))
      (br_if $words (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 8))) (i32.const 128))))
    (call $expand (global.get $W)))

  ;; Words 16…79 of the schedule at `w` from its first 16 (FIPS 180-4 §6.4.2 step 1).
  (func $expand (param $w i32)
    (local $p i32) (local $end i32) (local $x i64) (local $y i64)
    ;; p points at W(t-16) while W(t) is computed.
    (local.set $p (local.get $w))
    (local.set $end (i32.add (local.get $w) (i32.const 512)))
    (loop $t
      (local.set $x (i64.load offset=8 (local.get $p)))
      (local.set $y (i64.load offset=112 (local.get $p)))
      (i64.store offset=128 (local.get $p)
        (i64.add
          (i64.add
            ;; σ1(W(t-2)) = rotr 19 ^ rotr 61 ^ shr 6
            (i64.xor
              (i64.xor (i64.rotr (local.get $y) (i64.const 19)) (i64.rotr (local.get $y) (i64.const 61)))
              (i64.shr_u (local.get $y) (i64.const 6)))
            (i64.load offset=72 (local.get $p)))
          (i64.add
            ;; σ0(W(t-15)) = rotr 1 ^ rotr 8 ^ shr 7
            (i64.xor
              (i64.xor (i64.rotr (local.get $x) (i64.const 1)) (i64.rotr (local.get $x) (i64.const 8)))
              (i64.shr_u (local.get $x) (i64.const 7)))
            (i64.load (local.get $p)))))
      (br_if $t (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 8))) (local.get $end)))))

  ;; The 80 rounds over the schedule at `w`, added into the state at `s` (FIPS 180-4 §6.4.2).
  (func $compress (param $s i32) (param $w i32)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    (local $e i64) (local $f i64) (local $g i64) (local $h i64)
    (local $t1 i64) (local $t2 i64) (local $i i32)
    (local.set $a (i64.load offset=0 (local.get $s)))
    (local.set $b (i64.load offset=8 (local.get $s)))
    (local.set $c (i64.load offset=16 (local.get $s)))
    (local.set $d (i64.load offset=24 (local.get $s)))
    (local.set $e (i64.load offset=32 (local.get $s)))
    (local.set $f (i64.load offset=40 (local.get $s)))
    (local.set $g (i64.load offset=48 (local.get $s)))
    (local.set $h (i64.load offset=56 (local.get $s)))
    (loop $round
      ;; T1 = h + Σ1(e) + Ch(e, f, g) + K(t) + W(t)
      (local.set $t1
        (i64.add
          (i64.add
            (local.get $h)
            (i64.xor
              (i64.xor (i64.rotr (local.get $e) (i64.const 14)) (i64.rotr (local.get $e) (i64.const 18)))
              (i64.rotr (local.get $e) (i64.const 41))))
          (i64.add
            (i64.xor (local.get $g) (i64.and (local.get $e) (i64.xor (local.get $f) (local.get $g))))
            (i64.add
              (i64.load (local.get $i))
              (i64.load (i32.add (local.get $w) (local.get $i)))))))
      ;; T2 = Σ0(a) + Maj(a, b, c)
      (local.set $t2
        (i64.add
          (i64.xor
            (i64.xor (i64.rotr (local.get $a) (i64.const 28)) (i64.rotr (local.get $a) (i64.const 34)))
            (i64.rotr (local.get $a) (i64.const 39)))
          (i64.or
            (i64.and (local.get $a) (local.get $b))
            (i64.and (local.get $c) (i64.or (local.get $a) (local.get $b))))))
      (local.set $h (local.get $g))
      (local.set $g (local.get $f))
      (local.set $f (local.get $e))
      (local.set $e (i64.add (local.get $d) (local.get $t1)))
      (local.set $d (local.get $c))
      (local.set $c (local.get $b))
      (local.set $b (local.get $a))
      (local.set $a (i64.add (local.get $t1) (local.get $t2)))
      (br_if $round (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 8))) (i32.const 640))))
    (i64.store offset=0 (local.get $s) (i64.add (i64.load offset=0 (local.get $s)) (local.get $a)))
    (i64.store offset=8 (local.get $s) (i64.add (i64.load offset=8 (local.get $s)) (local.get $b)))
    (i64.store offset=16 (local.get $s) (i64.add (i64.load offset=16 (local.get $s)) (local.get $c)))
    (i64.store offset=24 (local.get $s) (i64.add (i64.load offset=24 (local.get $s)) (local.get $d)))
    (i64.store offset=32 (local.get $s) (i64.add (i64.load offset=32 (local.get $s)) (local.get $e)))
    (i64.store offset=40 (local.get $s) (i64.add (i64.load offset=40 (local.get $s)) (local.get $f)))
    (i64.store offset=48 (local.get $s) (i64.add (i64.load offset=48 (local.get $s)) (local.get $g)))
    (i64.store offset=56 (local.get $s) (i64.add (i64.load offset=56 (local.get $s)) (local.get $h))))

  ;; OUTER := HMAC of the message under the `len` bytes at `key` (len ≤ 128; the caller hashes a
  ;; longer key first, RFC 2104 §2). The message is `blocks` expanded schedules at `msg`, padded as
  ;; if one block came before it; `out_words` is 8 for SHA-512, 6 for SHA-384.
  (func $hmac
    (param $key i32) (param $len i32) (param $msg i32) (param $blocks i32) (param $out_words i32)
    (local $b i32) (local $i i32)
    (call $load_key (local.get $key) (local.get $len))
    ;; inner = H((K ^ ipad) || message)
    (call $key_block (i64.const 0x3636363636363636))
    (memory.copy (global.get $INNER) (global.get $IV) (i32.const 64))
    (call $compress (global.get $INNER) (global.get $W))
    (block $done
      (loop $message
        (br_if $done (i32.ge_u (local.get $b) (local.get $blocks)))
        (call $compress (global.get $INNER) (i32.add (local.get $msg) (i32.mul (local.get $b) (i32.const 640))))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $message)))
    ;; outer = H((K ^ opad) || inner digest): one block of the key, then one of the digest padded
    (call $key_block (i64.const 0x5c5c5c5c5c5c5c5c))
    (memory.copy (global.get $OUTER) (global.get $IV) (i32.const 64))
    (call $compress (global.get $OUTER) (global.get $W))
    (memory.fill (global.get $W) (i32.const 0) (i32.const 128))
    (memory.copy (global.get $W) (global.get $INNER) (i32.shl (local.get $out_words) (i32.const 3)))
    (i64.store offset=896 (i32.shl (local.get $out_words) (i32.const 3)) (i64.const 0x8000000000000000))
    ;; the bit length of one block and the digest
    (i64.store offset=1016 (i32.const 0)
      (i64.extend_i32_u (i32.shl (i32.add (i32.const 128) (i32.shl (local.get $out_words) (i32.const 3))) (i32.const 3))))
    (call $expand (global.get $W))
    (call $compress (global.get $OUTER) (global.get $W)))

  ;; Whether the first `words` words of OUTER equal EXPECTED.
  (func $matches (param $words i32) (result i32)
    (local $i i32) (local $end i32)
    (local.set $end (i32.shl (local.get $words) (i32.const 3)))
    (loop $word
      (if (i64.ne (i64.load offset=1600 (local.get $i)) (i64.load offset=704 (local.get $i)))
        (then (return (i32.const 0))))
      (br_if $word (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 8))) (local.get $end))))
    (i32.const 1))

  ;; Tries candidates from … to-1 and returns the first whose MAC is EXPECTED, or -1. Candidate i is
  ;; the bytes at bytes + starts[i] … bytes + starts[i+1] - 1 (one separator byte follows each).
  (func (export "search")
    (param $from i32) (param $to i32) (param $msg i32) (param $blocks i32) (param $out_words i32)
    (param $bytes i32) (param $starts i32) (result i32)
    (local $i i32) (local $start i32)
    (local.set $i (local.get $from))
    (block $done
      (loop $candidate
        (br_if $done (i32.ge_u (local.get $i) (local.get $to)))
        (local.set $start (i32.load (i32.add (local.get $starts) (i32.shl (local.get $i) (i32.const 2)))))
        (call $hmac
          (i32.add (local.get $bytes) (local.get $start))
          (i32.sub
            (i32.sub
              (i32.load offset=4 (i32.add (local.get $starts) (i32.shl (local.get $i) (i32.const 2))))
              (local.get $start))
            (i32.const 1))
          (local.get $msg) (local.get $blocks) (local.get $out_words))
        (if (call $matches (local.get $out_words)) (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $candidate)))
    (i32.const -1)))
