"""newslint inside corpus pipelines: datatrove steps (:mod:`.datatrove`) and a Ray Data mapper (:mod:`.ray`).

Each module needs its engine (``pip install 'newslint[datatrove]'`` or ``'newslint[ray]'``);
importing this package needs neither.
"""
