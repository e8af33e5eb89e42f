"""The main job (``./run.sh demo``): placeholder until the head lands."""


def main(args):
    import tldr

    print(f"tldr {tldr.__version__}")
    return 0
