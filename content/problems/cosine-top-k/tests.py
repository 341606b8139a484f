import numpy as np
from harness import case, given


@case(visible=True)
def long_document_does_not_win():
    query = np.array([1.0, 0.0])
    docs = np.array([[10.0, 10.0], [1.0, 0.1], [0.0, 3.0], [-2.0, 0.0]])
    return given(query=query, docs=docs, k=3).expect([1, 0, 2])


@case(visible=True)
def zero_vector_scores_zero_not_nan():
    # Similarities: -1, 0 (zero vector), 0 (orthogonal), 2 / sqrt(5) = 0.894.
    query = np.array([1.0, 0.0])
    docs = np.array([[-1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [2.0, 1.0]])
    return given(query=query, docs=docs, k=3).expect([3, 1, 2])


@case()
def duplicate_documents_tie_by_lower_index():
    # Similarities: 0.8, 1, 0.6, 1, -0.6.
    query = np.array([3.0, 4.0])
    docs = np.array([[0.0, 1.0], [3.0, 4.0], [1.0, 0.0], [3.0, 4.0], [-1.0, 0.0]])
    return given(query=query, docs=docs, k=4).expect([1, 3, 0, 2])


@case()
def zero_query_returns_first_k():
    query = np.zeros(3)
    docs = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-1.0, 5.0, 2.0], [4.0, 4.0, 4.0]])
    return given(query=query, docs=docs, k=3).expect([0, 1, 2])


@case()
def k_larger_than_n_returns_all():
    # Similarities: -0.6, 0.6, 0.8, 0.
    query = np.array([0.6, 0.8])
    docs = np.array([[-1.0, 0.0], [1.0, 0.0], [0.0, 2.0], [0.0, 0.0]])
    return given(query=query, docs=docs, k=10).expect([2, 1, 3, 0])


@case()
def k_zero_returns_empty_list():
    return given(query=np.array([1.0, 2.0]), docs=np.array([[1.0, 2.0], [2.0, 1.0]]), k=0).expect([])


@case()
def no_documents():
    return given(query=np.array([1.0, 2.0, 3.0, 4.0]), docs=np.zeros((0, 4)), k=3).expect([])


@case()
def every_document_points_away():
    query = np.array([1.0, 1.0])
    docs = np.array([[-1.0, -1.0], [-1.0, -2.0], [-3.0, -1.0], [-1.0, 0.0]])
    return {"query": query, "docs": docs, "k": 3}


@case()
def single_document():
    return {"query": np.array([0.5, -0.5, 2.0]), "docs": np.array([[1.0, 1.0, 1.0]]), "k": 1}


@case()
def float32_embeddings():
    rng = np.random.default_rng(34)
    docs = rng.normal(size=(300, 32)).astype(np.float32)
    docs[7] = 0.0
    query = rng.normal(size=32).astype(np.float32)
    return {"query": query, "docs": docs, "k": 25}


@case()
def large_index_with_scaled_vectors():
    rng = np.random.default_rng(86)
    docs = rng.normal(size=(10000, 64)) * rng.uniform(0.01, 100.0, size=(10000, 1))
    query = rng.normal(size=64) * 50.0
    return {"query": query, "docs": docs, "k": 10}
