"""Myofascial trigger points and referred pain: the atlas, its queries and its body chart."""
